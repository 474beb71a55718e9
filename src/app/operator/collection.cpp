#include "app/operator/collection.h"

namespace nok {

scoring::Catalog contract_catalog(RegistryStore& store, const Collector& collector) {
  std::vector<Organisation> organisations;
  for (const auto& [code, cycle] : collector.cycle_of)
    if (auto o = store.find_organisation(code)) organisations.push_back(std::move(*o));
  scoring::Catalog catalog(std::move(organisations));
  for (const auto& [code, cycle] : collector.cycle_of) catalog.use_edition(code, collector.edition(code));
  return catalog;
}

const methodology::Methodology& Collector::edition(std::string_view org_code) const {
  const auto cycle = cycle_of.find(org_code);
  if (cycle == cycle_of.end()) return methodology::default_methodology();
  const auto edition = edition_of_cycle.find(cycle->second);
  return edition == edition_of_cycle.end() ? methodology::default_methodology() : *edition->second;
}

void report_not_in_contract(std::string_view prefix, Errors& errors) {
  const std::string unknown = std::string(prefix) + "_unknown_org";
  for (auto& e : errors)
    if (e.code == unknown) {
      e.code = "upload_not_in_contract";
      e.message = "организация не входит в ваши договоры этого года";
    }
}

}  // namespace nok
