#include "cli/verbs.h"

#include <array>

namespace nok::cli {

std::span<const Verb> verbs() {
  static constexpr std::array<Verb, 5> table{{
      {"serve", "run the HTTP server (migrates the database first)", serve},
      {"migrate", "apply pending database migrations and reference data", migrate},
      {"import-orgs", "import the organisation registry from CSV (all or nothing)", import_orgs},
      {"demo", "fill the database with a realistic demo registry", demo},
      {"version", "print the version", version},
  }};
  return table;
}

}  // namespace nok::cli
