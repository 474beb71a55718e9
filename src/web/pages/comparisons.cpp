#include "web/pages/comparisons.h"

#include <boost/json.hpp>
#include <kainjow/mustache.hpp>

#include "domain/methodology/comparison.h"
#include "domain/registry/sphere.h"
#include "http/message.h"
#include "web/pages/wording.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;
using methodology::Standing;

std::string verdict(Standing s, const char* above, const char* same, const char* below) {
  return s == Standing::above ? above : s == Standing::below ? below : same;
}

std::string organisations_text(std::int64_t n) {
  return plural(n, "организация", "организации", "организаций");
}

// A group's mean as a comparison, when it averages others besides this organisation.
void add_group(list& out, const methodology::Range& range, const std::map<std::string, GroupMean, std::less<>>& means,
               std::string_view key, const std::string& group) {
  const auto found = means.find(key);
  if (found == means.end() || found->second.organisations < 2) return;
  const auto& g = found->second;
  out.push_back(object{{"verdict", verdict(methodology::compare(range, g.mean), "Выше среднего", "Не отличается от среднего",
                                           "Ниже среднего")},
                       {"against", group + ": " + score_text(g.mean) + " (" + organisations_text(g.organisations) + ")"}});
}

}  // namespace

std::optional<methodology::Range> range_of(std::string_view scores_json) {
  boost::system::error_code ec;
  const auto doc = boost::json::parse(scores_json, ec);
  const auto* range = ec || !doc.is_object() ? nullptr : doc.as_object().if_contains("range");
  if (!range || !range->is_object()) return std::nullopt;
  const auto* low = range->as_object().if_contains("low");
  const auto* high = range->as_object().if_contains("high");
  if (!low || !high || !low->is_number() || !high->is_number()) return std::nullopt;
  return methodology::Range{low->to_number<double>(), high->to_number<double>()};
}

void set_comparisons(Data& section, const PublishedResult& latest, const PublishedResult* before,
                     const YearMeans& means) {
  const auto range = range_of(latest.result.scores_json);
  if (!range) return;
  section.set("has_range", true);
  section.set("range_low", score_text(range->low));
  section.set("range_high", score_text(range->high));
  list comparisons;
  if (before && before->result.total)
    if (const auto earlier = range_of(before->result.scores_json))
      comparisons.push_back(object{
          {"verdict", verdict(methodology::compare(*range, *earlier), "Выше", "Без заметных изменений", "Ниже")},
          {"against", "чем в " + std::to_string(before->year) + " году: " + score_text(before->result.total)}});
  add_group(comparisons, *range, means.by_region, latest.region_code, "по региону «" + region_name(latest.region_code) + "»");
  const auto sphere = parse_sphere(latest.sphere);
  add_group(comparisons, *range, means.by_sphere, latest.sphere,
            "по сфере «" + std::string(sphere ? title(*sphere) : latest.sphere) + "»");
  section.set("league_url", "/results?year=" + std::to_string(latest.year) + "&region=" +
                               http::percent_encode(latest.region_code) + "&sphere=" + http::percent_encode(latest.sphere));
  section.set("has_comparisons", !comparisons.empty());
  section.set("comparisons", comparisons);
}

}  // namespace nok::web
