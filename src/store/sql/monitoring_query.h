#pragma once
// What the monitoring's reads share: a statement that numbers its own parameters, the
// filter written as conditions on whichever table a query reads, and the median of a
// histogram of answer days.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "store/monitoring_store.h"
#include "store/sql/connection.h"

namespace nok::sql {

// A statement and its parameters, each `$N` numbered as its value is bound, so that a query
// can hold only the conditions a filter sets (an unset one written as `($2 = '' OR x = $2)`
// keeps both engines from using an index on x). Text values are borrowed and must outlive
// run(). Equal calls in equal order give equal text, which the connection prepares once.
class Query {
 public:
  explicit Query(std::string_view text) : sql_(text) {}

  // Appends SQL written as it is: never a value from outside.
  Query& operator+=(std::string_view text) {
    sql_ += text;
    return *this;
  }
  // Appends the next placeholder, bound to `value`.
  Query& bind(Param value);
  // Starts the next condition with `text`: after " WHERE " the first time, " AND " after.
  Query& where(std::string_view text);

  // Runs it on `c`, calling on_row for every row.
  void run(Connection& c, const RowHandler& on_row) const { c.run(sql_, params_, on_row); }

  const std::string& sql() const { return sql_; }

 private:
  std::string sql_;
  std::vector<Param> params_;
  bool conditions_ = false;
};

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
