#include "web/pages/results_view.h"

#include <algorithm>

#include <boost/json.hpp>
#include <kainjow/mustache.hpp>

#include "core/text.h"
#include "core/time.h"
#include "domain/survey/item.h"
#include "web/pages/answer_shares.h"
#include "web/pages/comparisons.h"
#include "web/pages/wording.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

std::string value_of(const boost::json::object* doc, const char* group, const std::string& id) {
  const auto* g = doc ? doc->if_contains(group) : nullptr;
  const auto* v = g && g->is_object() ? g->as_object().if_contains(id) : nullptr;
  if (!v || !(v->is_double() || v->is_int64() || v->is_uint64())) return score_text(std::nullopt);
  return score_text(v->to_number<double>());
}

// The counts of «да» and of answers stored with a result, per survey item; nullopt when
// it was stored without them.
std::optional<survey::SurveyCounters> answers_of(std::string_view scores_json) {
  boost::system::error_code ec;
  const auto doc = boost::json::parse(scores_json, ec);
  const auto* answers = ec || !doc.is_object() ? nullptr : doc.as_object().if_contains("answers");
  if (!answers || !answers->is_object()) return std::nullopt;
  survey::SurveyCounters counters;
  for (const auto& [key, value] : answers->as_object()) {
    const auto item = survey::parse_item(key);
    const auto* counts = value.if_object();
    const auto* yes = counts ? counts->if_contains("yes") : nullptr;
    const auto* answered = counts ? counts->if_contains("answered") : nullptr;
    if (!item || !yes || !answered || !yes->is_int64() || !answered->is_int64()) continue;
    counters.items[static_cast<std::size_t>(*item)] = {static_cast<std::uint32_t>(yes->as_int64()),
                                                        static_cast<std::uint32_t>(answered->as_int64())};
  }
  return counters;
}

// One item per non-empty line (deficiencies and proposals are written a line each).
list lines_of(std::string_view text) {
  list out;
  for (auto line : text::split(text, '\n'))
    if (!line.empty()) out.push_back(std::string(line));
  return out;
}

}  // namespace

void set_criteria_rows(Data& data, const std::string& key, EditionCatalog& editions, std::string_view methodology_id,
                       std::string_view scores_json) {
  const auto& m = editions.of_cycle(methodology_id);
  boost::system::error_code ec;
  const auto scores = boost::json::parse(scores_json, ec);
  const auto* doc = ec ? nullptr : scores.if_object();
  list criteria;
  for (const auto& k : m.criteria) {
    // The criterion's indicators: those of any of its weight sets, in the edition's order.
    list indicators;
    for (std::size_t i = 0; i < m.indicators.size(); ++i) {
      const bool weighed = std::any_of(k.variants.begin(), k.variants.end(), [i](const auto& terms) {
        return std::any_of(terms.begin(), terms.end(), [i](const auto& t) { return t.indicator == i; });
      });
      const auto& indicator = m.indicators[i];
      if (weighed)
        indicators.push_back(object{{"id", indicator.id}, {"title", indicator.title},
                                    {"value", value_of(doc, "indicators", indicator.id)}});
    }
    criteria.push_back(object{{"title", k.title}, {"value", value_of(doc, "criteria", k.id)}, {"indicators", indicators}});
  }
  data.set(key, criteria);
}

void set_published_precision(Data& data, EditionCatalog& editions, const PublishedResult& published, Sphere sphere) {
  if (const auto range = range_of(published.result.scores_json)) {
    data.set("has_range", true);
    data.set("range_low", score_text(range->low));
    data.set("range_high", score_text(range->high));
  }
  const auto* edition = editions.find(published.result.methodology);
  const auto answers = answers_of(published.result.scores_json);
  if (edition && answers) add_answer_shares(data, *edition, sphere, *answers);
}

void add_published_results(Data& data, EditionCatalog& editions, const std::vector<PublishedResult>& published,
                           const std::function<YearMeans(int year)>& means_of) {
  const PublishedResult* latest = nullptr;
  for (const auto& p : published)
    if (p.current && (!latest || p.year > latest->year)) latest = &p;
  if (!latest) return;
  const PublishedResult* before = nullptr;  // the previous assessment (they are years apart)
  for (const auto& p : published)
    if (p.current && p.year < latest->year && (!before || p.year > before->year)) before = &p;
  Data section;
  section.set("year", std::to_string(latest->year));
  section.set("published_on", day_text(latest->published_at));
  section.set("total", score_text(latest->result.total));
  section.set("edition", std::to_string(latest->edition));
  section.set("corrected", latest->edition > 1);
  set_criteria_rows(section, "criteria", editions, latest->result.methodology, latest->result.scores_json);
  section.set("deficiencies", lines_of(latest->result.deficiencies));
  section.set("has_deficiencies", !latest->result.deficiencies.empty());
  section.set("proposals", lines_of(latest->result.proposals));
  section.set("has_proposals", !latest->result.proposals.empty());
  section.set("has_history", published.size() > 1);
  set_comparisons(section, *latest, before, means_of(latest->year));
  data.set("official", section);
}

}  // namespace nok::web
