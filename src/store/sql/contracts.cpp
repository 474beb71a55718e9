// The operator's workspace: its contracts (cycles) and the sample collected so far.
#include <map>

#include "store/sql/sql_staff_store.h"

namespace nok::sql {

std::vector<Contract> SqlStaffStore::contracts(std::int64_t operator_id, int year) {
  std::vector<Contract> out;
  auto c = pool_.acquire();
  c->run("SELECT cy.id, cy.authority_id, a.name, cy.year, cy.state FROM cycles cy "
         "JOIN authorities a ON a.id = cy.authority_id WHERE cy.operator_id = $1 AND cy.year = $2 ORDER BY a.name",
         {operator_id, std::int64_t{year}}, [&](const Row& r) {
           out.push_back({r.i64(0), {r.i64(1), operator_id}, std::string(r.text(2)), static_cast<int>(r.i64(3)),
                          std::string(r.text(4)), {}});
         });
  for (auto& contract : out) {
    c->run("SELECT o.code, o.short_name, o.recipients_per_year, co.sample_target FROM cycle_organisations co "
           "JOIN organisations o ON o.id = co.organisation_id WHERE co.cycle_id = $1 ORDER BY o.short_name, o.code",
           {contract.cycle_id}, [&](const Row& r) {
             contract.organisations.push_back({std::string(r.text(0)), std::string(r.text(1)), r.i64(2), r.i64(3), {}});
           });
    std::map<std::string, ContractOrganisation*, std::less<>> by_code;
    for (auto& o : contract.organisations) by_code[o.code] = &o;
    c->run("SELECT o.code, r.channel, COUNT(*) FROM responses r JOIN organisations o ON o.id = r.organisation_id "
           "WHERE r.cycle_id = $1 AND r.status = 'counted' GROUP BY o.code, r.channel",
           {contract.cycle_id}, [&](const Row& r) {
             if (auto it = by_code.find(r.text(0)); it != by_code.end())
               it->second->by_channel.emplace_back(std::string(r.text(1)), r.i64(2));
           });
  }
  return out;
}

}  // namespace nok::sql
