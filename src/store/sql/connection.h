#pragma once
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

namespace nok::sql {

// What a statement parameter may be. Text is borrowed for the duration of the call.
using Param = std::variant<std::nullptr_t, std::int64_t, double, std::string_view>;

enum class Engine { sqlite, postgres };

// One result row; valid only inside the callback that receives it.
class Row {
 public:
  virtual bool null(int col) const = 0;
  virtual std::int64_t i64(int col) const = 0;
  virtual double f64(int col) const = 0;
  virtual std::string_view text(int col) const = 0;

 protected:
  ~Row() = default;
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
