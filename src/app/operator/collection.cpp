#include "app/operator/collection.h"

namespace nok {

scoring::Catalog contract_catalog(RegistryStore& store, const Collector& collector) {
  std::vector<Organisation> organisations;
  for (const auto& [code, cycle] : collector.cycle_of)
    if (auto o = store.find_organisation(code)) organisations.push_back(std::move(*o));
  return scoring::Catalog(std::move(organisations));
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
