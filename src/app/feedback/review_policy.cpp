#include "app/feedback/review_policy.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/embedded.h"
#include "domain/feedback/moderation.h"

namespace nok::data {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok {
namespace {

std::string roots_text() {
  if (const char* path = std::getenv("NOK_ABUSE_ROOTS_FILE"); path && *path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    if (in && text << in.rdbuf()) return text.str();
  }
  for (const auto& f : data::files())
    if (f.name == "abuse_roots.txt") return std::string(f.contents);
  return "";
}

}  // namespace

const ReviewPolicy& default_review_policy() {
  static const ReviewPolicy policy{feedback::parse_abuse_roots(roots_text())};
  return policy;
}

}  // namespace nok
