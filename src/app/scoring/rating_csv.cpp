#include "app/scoring/rating_csv.h"

#include <vector>

#include "app/scoring/exchange_csv.h"

namespace nok::scoring {
namespace {

const std::vector<std::string_view>& columns() {
  static const std::vector<std::string_view> all =
      org_and_keys(ratings::all_aspects(), [](ratings::Aspect a) { return ratings::code(a); });
  return all;
}

}  // namespace

Errors read_ratings(std::string_view csv_text, const Catalog& catalog,
                    const std::function<void(ratings::Rating&&)>& on_rating) {
  return read_exchange(csv_text, {"rating", columns()}, [&](Fields fields, int) {
    auto parsed = ratings::parse_rating(fields);
    catalog.check_known("rating", parsed.rating.org, parsed.errors);
    if (parsed.errors.empty()) on_rating(std::move(parsed.rating));
    return std::move(parsed.errors);
  });
}

}  // namespace nok::scoring
