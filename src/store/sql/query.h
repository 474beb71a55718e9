#pragma once
// A statement built from the conditions a request sets, numbering its own parameters.
#include <string>
#include <string_view>
#include <vector>

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

}  // namespace nok::sql
