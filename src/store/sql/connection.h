#pragma once
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace nok::sql {

// What a statement parameter may be. Text is borrowed for the duration of the call.
using Param = std::variant<std::nullptr_t, std::int64_t, double, std::string_view>;

enum class Engine { sqlite, postgres };

// Where each result column of one prepared statement is, by the name its SELECT (or
// RETURNING) list gives it: the bare column name for `t.column`, else the `AS` alias. Each
// engine builds it once per prepared statement, so reading a cell by name costs one hash
// lookup, never a search through the statement's columns.
class Columns {
 public:
  Columns() = default;
  // `names` in result order; `statement` only to name it in errors.
  Columns(std::string_view statement, const std::vector<std::string>& names);

  // The 0-based position of `name`. Throws DatabaseError naming the column and the start
  // of the statement when the statement returns no column of that name, or more than one
  // (give them distinct `AS` aliases).
  int at(std::string_view name) const;

 private:
  struct Hash : std::hash<std::string_view> {
    using is_transparent = void;
  };
  std::string statement_;  // its start, for errors
  std::unordered_map<std::string, int, Hash, std::equal_to<>> index_;  // -1: returned twice
};

// One result row; valid only inside the callback that receives it.
//
// A column is read by the name the statement gives it (see Columns): lower-case, with an
// `AS` alias for an expression (`COALESCE(x, '') AS x`, `COUNT(*) AS n`). A name the
// statement does not return throws DatabaseError, so a typo or a dropped column fails the
// first test that runs the statement instead of reading another column's value.
class Row {
 public:
  // True when the column is NULL.
  bool null(std::string_view column) const { return null_at(columns_.at(column)); }
  // The column as an integer: 0 when NULL, a boolean as 0 or 1.
  std::int64_t i64(std::string_view column) const { return i64_at(columns_.at(column)); }
  // The column as a floating-point number: 0 when NULL.
  double f64(std::string_view column) const { return f64_at(columns_.at(column)); }
  // The column as text, valid until the callback returns: empty when NULL.
  std::string_view text(std::string_view column) const { return text_at(columns_.at(column)); }

  // No reading by position: a literal 0 would otherwise convert to a null string_view.
  bool null(int) const = delete;
  std::int64_t i64(int) const = delete;
  double f64(int) const = delete;
  std::string_view text(int) const = delete;

 protected:
  explicit Row(const Columns& columns) : columns_(columns) {}
  ~Row() = default;

 private:
  // The engine's cell at the 0-based position that Columns found for a name.
  virtual bool null_at(int position) const = 0;
  virtual std::int64_t i64_at(int position) const = 0;
  virtual double f64_at(int position) const = 0;
  virtual std::string_view text_at(int position) const = 0;

  const Columns& columns_;
};

using RowHandler = std::function<void(const Row&)>;

// The truly exceptional: the database is unreachable, the file is not a database, the
// disk is full, a constraint the code should have prevented. Expected failures are
// Results at the Store level, never this.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A deadlock or serialisation failure between concurrent transactions (PostgreSQL's
// SQLSTATE class 40): the same work, run again, will most likely succeed.
class ConflictError : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// A connection to one database. SQL is written once for both engines with `$1`-style
// parameters; each distinct statement is prepared once per connection and reused.
// Not thread-safe: a connection is used by one thread at a time (see Pool).
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Engine engine() const = 0;

  // Runs several statements without parameters (migrations, BEGIN/COMMIT).
  virtual void script(std::string_view sql) = 0;

  // Runs one prepared statement, calling on_row for every result row; returns the
  // number of rows it changed.
  virtual std::int64_t run(std::string_view sql, std::span<const Param> params, const RowHandler& on_row) = 0;

  // False after an error that leaves the connection unusable (a lost server).
  virtual bool healthy() const = 0;

  std::int64_t run(std::string_view sql, std::initializer_list<Param> params = {}, const RowHandler& on_row = {}) {
    return run(sql, std::span<const Param>(params.begin(), params.size()), on_row);
  }
};

// Begins a write transaction on construction and rolls it back on destruction unless
// committed. SQLite takes the write lock at BEGIN so two writers never deadlock.
class Transaction {
 public:
  explicit Transaction(Connection& c);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& connection_;
  bool open_ = true;
};

}  // namespace nok::sql
