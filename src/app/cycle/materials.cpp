#include "app/cycle/materials.h"

#include <boost/json.hpp>
#include <map>

#include "app/scoring/json_text.h"

namespace nok {
namespace {

std::string scores_json(const methodology::Methodology& m, const methodology::Score& score, std::uint32_t respondents) {
  boost::json::object indicators, criteria;
  for (std::size_t i = 0; i < m.indicators.size(); ++i)
    if (score.applicable[i]) indicators[m.indicators[i].id] = scoring::number_or_null(score.indicators[i]);
  for (std::size_t i = 0; i < m.criteria.size(); ++i)
    criteria[m.criteria[i].id] = scoring::number_or_null(score.criteria[i]);
  boost::json::object document{{"respondents", respondents},
                               {"indicators", std::move(indicators)},
                               {"criteria", std::move(criteria)},
                               {"total", scoring::number_or_null(score.total)}};
  auto text = scoring::to_json_text(document);
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

cycle::OrganisationResult result_of(Store& store, const CycleRecord& cycle, const methodology::Methodology& m,
                                    const Organisation& organisation, const cycle::OrganisationResult* saved) {
  const auto tally = store.survey_tally(organisation.code, cycle.id);
  const auto score = methodology::score(m, organisation.sphere, tally, store.expert_inputs(organisation.code, cycle.id));
  cycle::OrganisationResult r{organisation.code, organisation.short_name, m.id, scores_json(m, score, tally.respondents),
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
