#include "app/scoring/report_json.h"

#include <boost/json.hpp>

#include "app/scoring/json_text.h"
#include "domain/statistics/wilson.h"

namespace nok::scoring {
namespace {

namespace json = boost::json;

json::value optional_bool(const std::optional<bool>& b) { return b ? json::value(*b) : json::value(nullptr); }

json::object criteria_object(const methodology::Methodology& m, auto value_of) {
  json::object out;
  for (std::size_t i = 0; i < m.criteria.size(); ++i) out[m.criteria[i].id] = number_or_null(value_of(i));
  return out;
}

}  // namespace

json::object shares_json(const survey::Questionnaire& questionnaire, const survey::SurveyCounters& counters) {
  json::object out;
  for (const auto& q : questionnaire.questions) {
    const auto& count = counters[q.item];
    json::object share{{"yes", count.yes}, {"respondents", count.answered}};
    auto s = count.share();
    share["percent"] = number_or_null(s ? std::optional(*s * 100) : std::nullopt);
    if (auto ci = statistics::wilson(count.yes, count.answered)) share["ci95"] = json::array{ci->low * 100, ci->high * 100};
    else share["ci95"] = nullptr;
    out[survey::key(q.item)] = std::move(share);
  }
  return out;
}

namespace {

json::object sample(const OrgReport& o) {
  const auto& s = o.sample;
  return {
      {"target", s.target ? json::value(*s.target) : json::value(nullptr)},
      {"site_app", o.counters.site_or_app},
      {"site_app_share", number_or_null(s.site_app_share ? std::optional(*s.site_app_share * 100) : std::nullopt)},
      {"below_target", optional_bool(s.below_target)},
      {"site_app_below_min", optional_bool(s.site_app_below_min)},
  };
}

json::array flags(const OrgReport& o) {
  json::array out;
  if (o.sample.below_target.value_or(false)) out.push_back("sample_below_target");
  if (o.sample.site_app_below_min.value_or(false)) out.push_back("site_app_share_below_min");
  return out;
}

json::object ratings(const ratings::RatingCounters& r) {
  json::object out;
  for (auto a : ratings::all_aspects()) {
    json::array distribution;
    for (auto n : r.distribution(a)) distribution.push_back(n);
    out[ratings::code(a)] = json::object{
        {"count", r.count(a)}, {"average", number_or_null(r.average(a))}, {"distribution", std::move(distribution)}};
  }
  return out;
}

json::object organisation(const methodology::Methodology& m, const OrgReport& o) {
  json::object indicators;
  json::array missing, not_applicable;
  for (std::size_t i = 0; i < m.indicators.size(); ++i) {
    indicators[m.indicators[i].id] = number_or_null(o.score.indicators[i]);
    if (!o.score.applicable[i]) not_applicable.push_back(json::value(m.indicators[i].id));
  }
  for (auto i : o.score.missing) missing.push_back(json::value(m.indicators[i].id));

  json::object out{
      {"org", o.org},
      {"respondents", o.counters.respondents},
      {"indicators", std::move(indicators)},
      {"criteria", criteria_object(m, [&](std::size_t i) { return o.score.criteria[i]; })},
      {"total", number_or_null(o.score.total)},
      {"missing", std::move(missing)},
      {"sphere", o.sphere ? json::value(code(*o.sphere)) : json::value(nullptr)},
      {"not_applicable", std::move(not_applicable)},
      {"shares", shares_json(*o.questionnaire, o.counters)},
      {"sample", sample(o)},
      {"flags", flags(o)},
  };
  if (o.ratings) out["ratings"] = ratings(*o.ratings);
  return out;
}

json::object group(const ScoreReport& report, const GroupReport& g) {
  return {
      {"by", code(report.group_by)},
      {"key", g.key},
      {"name", g.name},
      {"organisations", g.means.organisations()},
      {"with_total", g.means.with_total()},
      {"criteria", criteria_object(*report.methodology, [&](std::size_t i) { return g.means.criterion(i); })},
      {"total", number_or_null(g.means.total())},
  };
}

}  // namespace

std::string report_json(const ScoreReport& report) {
  json::array organisations, groups;
  for (const auto& o : report.organisations) organisations.push_back(organisation(*report.methodology, o));
  for (const auto& g : report.groups) groups.push_back(group(report, g));
  return to_json_text(json::object{{"methodology", report.methodology->id},
                                   {"organisations", std::move(organisations)},
                                   {"groups", std::move(groups)}});
}

}  // namespace nok::scoring
