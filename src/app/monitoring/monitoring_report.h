#pragma once
// What the monitoring page, its exports and its JSON show for one request: the filter as
// checked against the person's scope, the level of the drill-down, and the figures of this
// year and of the year before (for the change column).
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/staff/access.h"
#include "store/monitoring_store.h"
#include "store/registry_store.h"
#include "store/staff_store.h"

namespace nok::monitoring {

// The query parameters as they came (year, region, authority, municipality, sphere, org);
// empty ones mean "any" (the year: the current one).
struct Parameters {
  std::string year, region, authority, municipality, sphere, org;
};

// An organisation as the scope check needs it: the authority that lists it, and its name.
struct OrganisationPlace {
  std::int64_t authority_id = 0;
  std::string name;
};

// What the report is read from: the figures, and where an organisation belongs (nullopt:
// no organisation has this code).
struct Ports {
  MonitoringStore& monitoring;
  std::function<std::optional<OrganisationPlace>(std::string_view code)> organisation;
};

// The ports over the stores of one database.
Ports ports_of(MonitoringStore& monitoring, RegistryStore& registry, StaffStore& staff);

struct Report {
  MonitoringFilter filter;  // checked, with the person's authority put in when scoped
  bool scoped = false;      // the person sees one authority only (official, council)
  // The level `rows` group by, one step below the filter: regions (no region chosen),
  // authorities (a region), municipalities (an authority), organisations (a municipality,
  // or one organisation chosen: then `rows` is that one).
  MonitoringLevel level = MonitoringLevel::region;
  bool single_organisation = false;
  std::string authority_name;     // of filter.authority_id, when set
  std::string organisation_name;  // of filter.organisation_code, when set
  std::vector<int> years;         // what the person may choose: years with figures and the current one, newest first

  MonitoringTotals totals, previous_totals;  // this year and the one before
  std::vector<MonitoringRow> rows;
  std::map<std::string, MonitoringTotals> previous_rows;  // last year's, by row key
  std::vector<CarrierFunnel> funnel;                      // this year, by carrier
  std::vector<AuthorityCalendar> calendar;                // this year's cycles against their deadlines

  int previous_year() const { return filter.year - 1; }
};

// Checks `parameters` for `user` and loads the report. The monitor and administrators see
// everything; an official or a council member only their authority: a filter naming
// another authority, or an organisation or municipality outside theirs, is not_found — the
// same answer as for one that does not exist, so nobody learns what others have. Other
// roles are forbidden. A year that is neither the current one nor one with figures, an
// unknown region or sphere are malformed, with a Russian message naming the field.
Result<Report> load_report(Ports ports, const staff::StaffUser& user, const Parameters& parameters, int current_year);

// The levels from `level` down to organisations: one sheet each in the XLSX.
std::vector<MonitoringLevel> levels_from(MonitoringLevel level);

// Russian names of the levels: «Регионы», «Уполномоченные органы», «Муниципалитеты», «Организации»;
// and of one of their rows: «Регион», «Уполномоченный орган», «Муниципалитет», «Организация».
std::string_view plural_title(MonitoringLevel level);
std::string_view singular_title(MonitoringLevel level);
// The stable code of a level for JSON: region, authority, municipality, organisation.
std::string_view code(MonitoringLevel level);

}  // namespace nok::monitoring
