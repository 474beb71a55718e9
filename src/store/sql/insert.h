#pragma once
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "store/sql/connection.h"

namespace nok::sql {

// Writes one INSERT from column–value pairs and numbers its `$N` placeholders itself, so a
// column and its value are named together instead of being matched by position across a
// column list and a parameter list:
//
//   Insert("reviews").set("id", id).set("text", text).then("RETURNING id").run(c, on_row);
//   → INSERT INTO reviews (id, text) VALUES ($1, $2) RETURNING id
//
// Equal calls in equal order give the same statement text, so the connection's cache of
// prepared statements still hits. Values are Params: text is borrowed, not copied, and must
// outlive run(). Column names and SQL fragments are written into the statement as they are
// and must never come from user input.
class Insert {
 public:
  explicit Insert(std::string_view table);

  // Adds `column` with `value` as the next parameter. A std::string is bound by reference
  // (a temporary one is refused at compile time: it would be gone before run()).
  Insert& set(std::string_view column, Param value);
  Insert& set(std::string_view column, std::nullptr_t) { return set(column, Param(nullptr)); }
  Insert& set(std::string_view column, const std::string& value) { return set(column, Param(std::string_view(value))); }
  Insert& set(std::string_view column, std::string&&) = delete;
  template <std::size_t N>
  Insert& set(std::string_view column, const char (&value)[N]) {
    return set(column, Param(std::string_view(value)));
  }

  // Adds `column` with an SQL expression written as it is: a constant ('draft') or, with
  // from(), a column of the source row.
  Insert& set_expression(std::string_view column, std::string_view expression);

  // Takes the row from `source`, written after FROM: `INSERT … SELECT … FROM source`, so
  // nothing is inserted when the source yields no row (an unknown organisation code).
  // Each `$?` in `source` becomes the next placeholder, bound to `params` in order.
  Insert& from(std::string_view source, std::initializer_list<Param> params = {});

  // Appends `clause` (ON CONFLICT …, RETURNING …) after the values; `$?` as in from().
  Insert& then(std::string_view clause, std::initializer_list<Param> params = {});

  // The statement and its parameters, $1 first.
  std::string sql() const;
  const std::vector<Param>& params() const { return params_; }

  // Runs the statement on `c`, calling on_row for each row it returns (RETURNING); returns
  // the number of rows inserted or updated.
  std::int64_t run(Connection& c, const RowHandler& on_row = {}) const;

 private:
  // Appends `fragment` to `out`, turning each `$?` into the next placeholder.
  void append_numbered(std::string& out, std::string_view fragment, std::initializer_list<Param> params);

  std::string table_;
  std::string columns_;  // "a, b, c"
  std::string values_;   // "$1, $2, 'draft'"
  std::string source_;   // " FROM …" or empty
  std::string tail_;     // " ON CONFLICT … RETURNING …" or empty
  std::vector<Param> params_;
};

}  // namespace nok::sql
