#pragma once
// Loading the yearly report of an authority (yearly_report.h): whose report a person may
// ask for, and the facts of the asked year and the year before from the monitoring port.
#include <string_view>

#include "app/monitoring/yearly_report.h"
#include "domain/staff/access.h"

namespace nok::monitoring {

// The authority of `?authority=` a report is asked for by `reader`. An official or a
// council member may omit it (their own) and may name only their own: another, or one that
// is not a number, is not_found (report_not_found) — the same answer as for one that does not
// exist. The monitor and administrators must name one (report_authority, malformed). Other
// roles are forbidden (report_forbidden).
Result<std::int64_t> report_authority(const staff::StaffUser& reader, std::string_view authority);

// The facts of `authority_id` for `year` and the year before, as of `now` (ISO 8601 UTC),
// with its plans of popularisation measures when `plans` is given. not_found
// (report_not_found) when there is no such authority.
Result<YearlyReportFacts> load_report_facts(MonitoringStore& monitoring, PopularisationStore* plans,
                                            std::int64_t authority_id, int year, const std::string& now);

}  // namespace nok::monitoring
