#include "app/cycle/cycle_export.h"

#include <algorithm>
#include <map>

#include "app/scoring/expert_csv.h"
#include "app/scoring/response_csv.h"
#include "core/file_name.h"
#include "domain/registry/organisation_csv.h"

namespace nok::cycle_export {

bool may_export(const staff::StaffUser& actor, const CycleRecord& cycle) {
  return staff::can(actor, staff::Action::view, staff::ResponseExport{{cycle.authority_id, cycle.operator_id}});
}

void write_responses(SurveyStore& store, std::int64_t cycle_id, const Sink& sink, std::size_t page) {
  sink(scoring::response_header());
  std::int64_t after = 0;
  for (;;) {
    const auto rows = store.counted_responses(cycle_id, after, page);
    if (rows.empty()) return;
    std::string chunk;
    for (const auto& row : rows) chunk += scoring::response_line(row.response);
    sink(chunk);
    if (rows.size() < page) return;
    after = rows.back().id;
  }
}

std::string expert_csv(SurveyStore& store, std::int64_t cycle_id) {
  std::map<std::string, methodology::ExpertInputs, std::less<>> by_org;
  for (auto& record : store.cycle_expert_records(cycle_id))
    by_org.emplace(std::move(record.organisation_code), record.inputs);
  return scoring::write_expert(by_org);
}

std::string organisations_csv(RegistryStore& registry, CycleStore& cycles, std::int64_t cycle_id) {
  std::vector<Organisation> organisations;
  for (const auto& member : cycles.members(cycle_id))
    if (auto found = registry.find_organisation(member.code)) organisations.push_back(std::move(*found));
  return write_organisations(organisations);
}

std::vector<AddedQuestionnaire> added_questionnaires(const methodology::Methodology& edition) {
  std::vector<const survey::Questionnaire*> named{edition.default_questionnaire.get()};
  for (const auto& [sphere, q] : edition.sphere_questionnaires) named.push_back(q.get());
  std::vector<AddedQuestionnaire> out;
  for (const auto* q : named) {
    if (!q || survey::find_questionnaire(q->id) ||
        std::any_of(out.begin(), out.end(), [&](const auto& o) { return o.id == q->id; }))
      continue;
    std::string file = "questionnaire-" + q->id + ".json";
    std::replace(file.begin(), file.end(), '/', '-');
    out.push_back({q->id, q->title, std::move(file)});
  }
  return out;
}

std::string name_part(const CycleRecord& cycle) {
  return file_name_part(cycle.authority) + "-" + std::to_string(cycle.year);
}

}  // namespace nok::cycle_export
