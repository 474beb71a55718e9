#include "app/operator/record_inspection.h"

#include <boost/json/object.hpp>

#include "app/scoring/expert_csv.h"
#include "app/staff/audit.h"
#include "domain/methodology/methodology.h"

namespace nok {
namespace {

boost::json::object inputs_json(std::int64_t cycle_id, const methodology::ExpertInputs& inputs) {
  boost::json::object out{{"cycle_id", cycle_id}};
  for (auto field : methodology::all_expert_fields())
    if (auto value = inputs[field]) out[methodology::key(field)] = *value;
    else out[methodology::key(field)] = nullptr;
  return out;
}

AuditEntry inspection_audit(const Collector& collector, const ExpertRecord& after,
                            const std::optional<ExpertRecord>& before) {
  return audit_entry(collector.user.id, "expert.update", "expert_inputs", after.organisation_code,
                     before ? inputs_json(before->cycle_id, before->inputs) : boost::json::object{},
                     inputs_json(after.cycle_id, after.inputs));
}

}  // namespace

std::vector<methodology::ExpertField> inspection_fields(const Collector& collector, const Organisation& organisation) {
  return methodology::expert_fields(collector.edition(organisation.code), organisation.sphere);
}

InspectionResult record_inspection(Store& store, const Collector& collector, const InspectionEntry& entry) {
  InspectionResult result;
  const auto cycle = collector.cycle_of.find(entry.org_code);
  auto org = cycle == collector.cycle_of.end() ? std::nullopt : store.find_organisation(entry.org_code);
  if (!org) {
    result.errors.push_back(refusal(ErrorKind::not_found, "entry_not_in_contract",
                                    "Организация " + quoted(entry.org_code) + " не входит в ваши договоры этого года",
                                    "org"));
    return result;
  }
  std::vector<Field> fields{{"org", org->code}};
  fields.insert(fields.end(), entry.values.begin(), entry.values.end());
  auto parsed = methodology::parse_expert(fields);
  scoring::check_applicable(collector.edition(org->code), org->sphere, parsed.inputs, parsed.errors);
  if (!parsed.errors.empty()) {
    result.errors = std::move(parsed.errors);
    return result;
  }
  const ExpertRecord record{org->code, cycle->second, parsed.inputs, entry.version, collector.user.id};
  const auto before = store.expert_record(org->code, cycle->second);
  if (!store.put_expert_record(record, inspection_audit(collector, record, before))) {
    result.errors.push_back(
        refusal(ErrorKind::conflict, "expert_stale_version",
                "Пока вы заполняли форму, результаты осмотра этой организации сохранил другой сотрудник. "
                "Ваши значения не сохранены: ниже — сохранённые сейчас, внесите изменения заново."));
  }
  return result;
}

UploadResult upload_inspections(Store& store, const Collector& collector, const csv::Table& table) {
  UploadResult result;
  auto file = scoring::read_expert(table, contract_catalog(store, collector));
  result.errors = std::move(file.errors);
  report_not_in_contract("expert", result.errors);
  if (result.errors.empty() && file.by_org.empty())
    result.errors.push_back({"upload_empty", "в файле нет ни одной организации — только заголовок", 1, ""});
  if (!result.errors.empty()) return result;

  std::vector<ExpertRecord> records;
  std::vector<AuditEntry> audit;
  for (const auto& [code, inputs] : file.by_org) {
    records.push_back({code, collector.cycle_of.find(code)->second, inputs, 0, collector.user.id});
    audit.push_back(inspection_audit(collector, records.back(), store.expert_record(code, records.back().cycle_id)));
  }
  store.put_expert_inputs(records, audit);
  result.stored = records.size();
  return result;
}

}  // namespace nok
