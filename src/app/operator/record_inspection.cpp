#include "app/operator/record_inspection.h"

#include "app/scoring/expert_csv.h"
#include "app/staff/audit.h"
#include "domain/methodology/methodology.h"

namespace nok {
namespace {

boost::json::object as_json(const methodology::ExpertInputs& inputs, std::int64_t version) {
  boost::json::object out{{"version", version}};
  for (auto field : methodology::all_expert_fields())
    if (auto v = inputs[field]) out[methodology::key(field)] = *v;
    else out[methodology::key(field)] = nullptr;
  return out;
}

}  // namespace

InspectionResult record_inspection(Store& store, const Collector& collector, const InspectionEdit& edit) {
  InspectionResult result;
  const auto cycle = collector.cycle_of.find(edit.org_code);
  auto org = cycle == collector.cycle_of.end() ? std::nullopt : store.find_organisation(edit.org_code);
  if (!org) {
    result.status = 404;
    result.errors.push_back({"entry_not_in_contract", "Организация не входит в ваши договоры этого года", 0, "org"});
    return result;
  }
  std::vector<Field> fields = edit.inputs;
  fields.push_back({"org", org->code});
  auto parsed = methodology::parse_expert(fields);
  scoring::check_applicable(methodology::default_methodology(), org->sphere, parsed.inputs, parsed.errors);
  if (!parsed.errors.empty()) {
    result.status = 422;
    result.errors = std::move(parsed.errors);
    return result;
  }
  const auto before = store.expert_record(org->code, cycle->second);
  const ExpertRecord record{org->code, cycle->second, parsed.inputs, edit.version, collector.user.id};
  const auto audit = audit_entry(collector.user.id, "expert_inputs.update", "organisation", org->code,
                                 before ? as_json(before->inputs, before->version) : boost::json::object{},
                                 as_json(parsed.inputs, edit.version + 1));
  if (!store.put_expert_record(record, audit)) {
    result.status = 409;
    result.errors.push_back({"stale_version",
                             "Пока вы заполняли форму, экспертную оценку этой организации сохранил кто-то другой. "
                             "Ваши значения не сохранены: ниже показаны актуальные — внесите правки ещё раз."});
  }
  return result;
}

}  // namespace nok
