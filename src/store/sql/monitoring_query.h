#pragma once
// What the monitoring's reads share: the filter written as conditions on whichever table a
// query reads, and the median of a histogram of answer days.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "store/monitoring_store.h"
#include "store/sql/query.h"

namespace nok::sql {

// Where a query finds the filter's fields, as SQL expressions: the group sums', an
// organisation's sums' (the registry fields copied in) or the registry's own.
struct Place {
  std::string_view region, authority, municipality, sphere;
  std::string_view organisation;  // an organisation id; empty where rows are groups
};
inline constexpr Place kGroups{"t.region_code", "t.authority_id", "t.municipality", "t.sphere", ""};
inline constexpr Place kTallies{"t.region_code", "t.authority_id", "t.municipality", "t.sphere", "t.organisation_id"};
inline constexpr Place kRegistry{"o.region_code", "o.authority_id", "o.municipality", "o.sphere", "o.id"};

// Adds the condition `<field> = $N` for each field `filter` sets other than the year (an
// organisation by its code), none for those it leaves empty. An organisation's code needs a
// Place with `organisation`.
void add_conditions(Query& query, const MonitoringFilter& filter, const Place& place);

// ", t.assessed, t.sample_target, …": every count column (monitoring_columns.h) of the sums
// `t`, for a select list; and ", SUM(t.assessed) AS assessed, …" for a GROUP BY.
const std::string& count_columns();
const std::string& summed_count_columns();

// The median of whole days, from the number of answers per number of days.
double median(const std::map<std::int64_t, std::int64_t>& histogram);

}  // namespace nok::sql
