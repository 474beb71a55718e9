#include "app/cycle/materials.h"

#include <boost/json.hpp>
#include <map>

#include "app/scoring/json_text.h"

namespace nok {
namespace {

// The values, with what comparisons and intervals need later: the total's range from the
// sample (methodology::total_range) and each question's counts of «да» and of answers.
std::string scores_json(const methodology::Methodology& m, const methodology::Score& score,
                        const survey::SurveyCounters& tally, const std::optional<methodology::Range>& range) {
  boost::json::object indicators, criteria, answers;
  for (std::size_t i = 0; i < m.indicators.size(); ++i)
    if (score.applicable[i]) indicators[m.indicators[i].id] = scoring::number_or_null(score.indicators[i]);
  for (std::size_t i = 0; i < m.criteria.size(); ++i)
    criteria[m.criteria[i].id] = scoring::number_or_null(score.criteria[i]);
  for (auto item : survey::all_items())
    if (const auto& count = tally[item]; count.answered > 0)
      answers[survey::key(item)] = boost::json::object{{"yes", count.yes}, {"answered", count.answered}};
  boost::json::object document{{"respondents", tally.respondents},
                               {"indicators", std::move(indicators)},
                               {"criteria", std::move(criteria)},
                               {"total", scoring::number_or_null(score.total)}};
  if (range) document["range"] = boost::json::object{{"low", range->low}, {"high", range->high}};
  if (!answers.empty()) document["answers"] = std::move(answers);
  auto text = scoring::to_json_text(document);
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

cycle::OrganisationResult result_of(Store& store, const CycleRecord& cycle, const methodology::Methodology& m,
                                    const Organisation& organisation, const cycle::OrganisationResult* saved) {
  const auto tally = store.survey_tally(organisation.code, cycle.id);
  const auto expert = store.expert_inputs(organisation.code, cycle.id);
  const auto score = methodology::score(m, organisation.sphere, tally, expert);
  const auto range = methodology::total_range(m, organisation.sphere, tally, expert);
  cycle::OrganisationResult r{organisation.code, organisation.short_name, m.id, scores_json(m, score, tally, range),
                              score.total, "", ""};
  r.deficiencies = saved && !saved->deficiencies.empty() ? saved->deficiencies : cycle::default_deficiencies(m, score);
  if (saved) r.proposals = saved->proposals;
  return r;
}

}  // namespace

std::vector<cycle::OrganisationResult> compute_materials(Store& store, CycleStore& cycles, const CycleRecord& cycle,
                                                         const methodology::Methodology& edition) {
  std::map<std::string, cycle::OrganisationResult, std::less<>> saved;
  for (auto& r : cycles.results(cycle.id, cycle.edition)) saved.emplace(r.code, std::move(r));
  std::vector<cycle::OrganisationResult> out;
  for (const auto& member : cycles.members(cycle.id)) {
    const auto organisation = store.find_organisation(member.code);
    if (!organisation) continue;  // removed from the registry since it was listed
    const auto found = saved.find(member.code);
    out.push_back(result_of(store, cycle, edition, *organisation, found == saved.end() ? nullptr : &found->second));
  }
  return out;
}

cycle::OrganisationResult current_result(Store& store, CycleStore& cycles, const CycleRecord& cycle,
                                         const methodology::Methodology& edition, const Organisation& organisation) {
  for (const auto& r : cycles.results(cycle.id, cycle.edition))
    if (r.code == organisation.code) return result_of(store, cycle, edition, organisation, &r);
  return result_of(store, cycle, edition, organisation, nullptr);
}

}  // namespace nok
