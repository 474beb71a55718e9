#include "store/sqlite/sqlite_connection.h"

#include <sqlite3.h>

#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

namespace nok::sql {
namespace {

class SqliteRow final : public Row {
 public:
  SqliteRow(sqlite3_stmt* s, const Columns& columns) : Row(columns), stmt_(s) {}

 private:
  bool null_at(int col) const override { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::int64_t i64_at(int col) const override { return sqlite3_column_int64(stmt_, col); }
  double f64_at(int col) const override { return sqlite3_column_double(stmt_, col); }
  std::string_view text_at(int col) const override {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string_view(p, sqlite3_column_bytes(stmt_, col)) : std::string_view();
  }

  sqlite3_stmt* stmt_;
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(const std::string& path) : path_(path) {
    // Before the library initialises: no global mutex around every allocation to keep
    // memory statistics nobody reads.
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    (void)configured;
    int rc = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    if (rc != SQLITE_OK) fail("не удалось открыть файл базы данных «" + path + "»");
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 10000);
    // WAL with synchronous=FULL: a commit is on disk when it returns. Temporary
    // structures (statement journals of savepoints) stay in memory, and each connection
    // keeps 64 MB of pages. (A memory map was tried: a growing file is remapped on every
    // commit, which cost more than the reads it saved.)
    script("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; "
           "PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=0;");  // WalCheckpointer does it
  }

  ~SqliteConnection() override {
    for (auto& [sql, prepared] : statements_) sqlite3_finalize(prepared.stmt);
    sqlite3_close_v2(db_);
  }

  Engine engine() const override { return Engine::sqlite; }
  bool healthy() const override { return true; }

  void script(std::string_view sql) override {
    std::string text(sql);
    char* message = nullptr;
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string detail = message ? message : "";
      sqlite3_free(message);
      fail("ошибка SQLite: " + detail);
    }
  }

  std::int64_t run(std::string_view sql, std::span<const Param> params, const RowHandler& on_row) override {
    const Prepared& prepared = prepare(sql);
    sqlite3_stmt* stmt = prepared.stmt;
    struct Reset {  // before run() returns, so bound texts need not outlive it
      sqlite3_stmt* s;
      ~Reset() { sqlite3_reset(s); sqlite3_clear_bindings(s); }
    } reset{stmt};
    for (std::size_t i = 0; i < params.size() && i < prepared.index_of.size(); ++i)
      if (prepared.index_of[i]) bind(stmt, prepared.index_of[i], params[i]);
    SqliteRow row(stmt, prepared.columns);
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) fail("ошибка SQLite");
      if (on_row) on_row(row);
    }
    return sqlite3_changes(db_);
  }

 private:
  [[noreturn]] void fail(const std::string& what) {
    int code = db_ ? sqlite3_extended_errcode(db_) : SQLITE_CANTOPEN;
    if ((code & 0xFF) == SQLITE_NOTADB)
      throw DatabaseError("файл «" + path_ + "» не является базой данных SQLite");
    throw DatabaseError(what + " (" + (db_ ? sqlite3_errmsg(db_) : "нет соединения") + ")");
  }

  // A statement prepared once, with where each `$N` went (to SQLite `$N` is a named
  // parameter, numbered by first appearance, so `$2` may precede `$1`) and where each
  // result column is.
  struct Prepared {
    sqlite3_stmt* stmt = nullptr;
    std::vector<int> index_of;  // [N - 1]: SQLite's index of `$N`, 0 when unused
    Columns columns;
  };

  const Prepared& prepare(std::string_view sql) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) return it->second;
    Prepared p;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &p.stmt,
                           nullptr) != SQLITE_OK)
      fail("не удалось подготовить запрос");
    for (int index = 1; index <= sqlite3_bind_parameter_count(p.stmt); ++index) {
      const char* name = sqlite3_bind_parameter_name(p.stmt, index);
      if (!name || name[0] != '$') continue;
      const auto n = static_cast<std::size_t>(std::atoi(name + 1));
      if (n == 0) continue;
      if (p.index_of.size() < n) p.index_of.resize(n, 0);
      p.index_of[n - 1] = index;
    }
    std::vector<std::string> names(static_cast<std::size_t>(sqlite3_column_count(p.stmt)));
    for (std::size_t i = 0; i < names.size(); ++i) names[i] = sqlite3_column_name(p.stmt, static_cast<int>(i));
    p.columns = Columns(sql, names);
    return statements_.emplace(std::string(sql), std::move(p)).first->second;
  }

  void bind(sqlite3_stmt* stmt, int index, const Param& p) {
    int rc = std::visit(
        [&](const auto& v) -> int {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::nullptr_t>) return sqlite3_bind_null(stmt, index);
          else if constexpr (std::is_same_v<T, std::int64_t>) return sqlite3_bind_int64(stmt, index, v);
          else if constexpr (std::is_same_v<T, double>) return sqlite3_bind_double(stmt, index, v);
          else return sqlite3_bind_text(stmt, index, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
        },
        p);
    if (rc != SQLITE_OK) fail("не удалось передать параметр запроса");
  }

  struct Hash : std::hash<std::string_view> {
    using is_transparent = void;
  };
  std::string path_;
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, Prepared, Hash, std::equal_to<>> statements_;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite(const std::string& path) { return std::make_unique<SqliteConnection>(path); }

std::unique_ptr<Connection> open_sqlite_writer(const std::string& path) {
  auto c = open_sqlite(path);
  c->script("PRAGMA wal_autocheckpoint=16384");  // 64 MB: see WalCheckpointer
  return c;
}

}  // namespace nok::sql
