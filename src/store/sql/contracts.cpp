// The operator's workspace: its contracts (cycles) and the sample collected so far, read
// from the organisations' live tallies.
#include <map>

#include "domain/survey/channel.h"
#include "store/sql/sql_staff_store.h"

namespace nok::sql {

std::vector<Contract> SqlStaffStore::contracts(std::int64_t operator_id, int year) {
  std::vector<Contract> out;
  auto c = pool_.acquire();
  c->run("SELECT cy.id, cy.authority_id, a.name AS authority, cy.year, cy.state, cy.methodology FROM cycles cy "
         "JOIN authorities a ON a.id = cy.authority_id WHERE cy.operator_id = $1 AND cy.year = $2 ORDER BY a.name",
         {operator_id, std::int64_t{year}}, [&](const Row& r) {
           out.push_back({r.i64("id"), {r.i64("authority_id"), operator_id}, std::string(r.text("authority")),
                          static_cast<int>(r.i64("year")), std::string(r.text("state")), {},
                          std::string(r.text("methodology"))});
         });
  for (auto& contract : out) {
    c->run("SELECT o.code, o.short_name, o.recipients_per_year, co.sample_target FROM cycle_organisations co "
           "JOIN organisations o ON o.id = co.organisation_id WHERE co.cycle_id = $1 ORDER BY o.short_name, o.code",
           {contract.cycle_id}, [&](const Row& r) {
             contract.organisations.push_back({std::string(r.text("code")), std::string(r.text("short_name")),
                                               r.i64("recipients_per_year"), r.i64("sample_target"), {}});
           });
    std::map<std::string, ContractOrganisation*, std::less<>> by_code;
    for (auto& o : contract.organisations) by_code[o.code] = &o;
    static const std::string by_channel = [] {
      std::string sql = "SELECT o.code";
      for (auto channel : survey::all_channels()) sql += ", t.respondents_" + std::string(survey::code(channel));
      return sql + " FROM survey_tallies t JOIN organisations o ON o.id = t.organisation_id WHERE t.cycle_id = $1";
    }();
    c->run(by_channel, {contract.cycle_id}, [&](const Row& r) {
      auto it = by_code.find(r.text("code"));
      if (it == by_code.end()) return;
      for (auto channel : survey::all_channels())
        if (const auto n = r.i64("respondents_" + std::string(survey::code(channel))); n > 0)
          it->second->by_channel.emplace_back(std::string(survey::code(channel)), n);
    });
  }
  return out;
}

}  // namespace nok::sql
