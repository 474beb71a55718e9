#include "store/postgres/postgres_connection.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>
#include <unordered_map>
#include <vector>

namespace nok::sql {
namespace {

class PgRow final : public Row {
 public:
  PgRow(const PGresult* r, int row, const Columns& columns) : Row(columns), result_(r), row_(row) {}

 private:
  bool null_at(int col) const override { return PQgetisnull(result_, row_, col); }
  std::int64_t i64_at(int col) const override {
    std::int64_t v = 0;
    auto t = text_at(col);
    if (t == "t") return 1;  // booleans read as 0/1, as in SQLite
    std::from_chars(t.data(), t.data() + t.size(), v);
    return v;
  }
  double f64_at(int col) const override {
    return null_at(col) ? 0.0 : std::strtod(PQgetvalue(result_, row_, col), nullptr);
  }
  std::string_view text_at(int col) const override {
    return {PQgetvalue(result_, row_, col), static_cast<std::size_t>(PQgetlength(result_, row_, col))};
  }

  const PGresult* result_;
  int row_;
};

struct ResultGuard {
  PGresult* r;
  ~ResultGuard() { PQclear(r); }
};

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(const std::string& url) : conn_(connect_postgres(url)) {
    script("SET client_min_messages = warning");
  }

  ~PostgresConnection() override {
    if (conn_) PQfinish(conn_);
  }

  Engine engine() const override { return Engine::postgres; }
  bool healthy() const override { return conn_ && PQstatus(conn_) == CONNECTION_OK; }

  void script(std::string_view sql) override {
    ResultGuard r{PQexec(conn_, std::string(sql).c_str())};
    check(r.r, "ошибка PostgreSQL");
  }

  std::int64_t run(std::string_view sql, std::span<const Param> params, const RowHandler& on_row) override {
    Prepared& prepared = prepare(sql);
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
      values[i] = std::visit(
          [&](const auto& v) -> const char* {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) return nullptr;
            else if constexpr (std::is_same_v<T, std::string_view>) texts[i].assign(v.data(), v.size());
            else texts[i] = std::to_string(v);
            return texts[i].c_str();
          },
          params[i]);
    }
    ResultGuard r{PQexecPrepared(conn_, prepared.name.c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                                 nullptr, 0)};
    check(r.r, "ошибка PostgreSQL");
    if (!prepared.described) {  // the first result names the columns; every later one has the same
      std::vector<std::string> names(static_cast<std::size_t>(PQnfields(r.r)));
      for (std::size_t i = 0; i < names.size(); ++i) names[i] = PQfname(r.r, static_cast<int>(i));
      prepared.columns = Columns(sql, names);
      prepared.described = true;
    }
    if (on_row)
      for (int i = 0, n = PQntuples(r.r); i < n; ++i) on_row(PgRow(r.r, i, prepared.columns));
    const char* changed = PQcmdTuples(r.r);
    return changed && *changed ? std::atoll(changed) : 0;
  }

 private:
  void check(PGresult* r, const std::string& what) {
    auto status = PQresultStatus(r);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
    std::string detail = PQresultErrorMessage(r);
    while (!detail.empty() && detail.back() == '\n') detail.pop_back();
    if (PQstatus(conn_) != CONNECTION_OK) throw DatabaseError("соединение с PostgreSQL потеряно: " + detail);
    const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    if (state && state[0] == '4' && state[1] == '0') throw ConflictError(what + ": " + detail);
    throw DatabaseError(what + ": " + detail);
  }

  // A statement prepared once on the server, under `name`, and where its result columns are.
  struct Prepared {
    std::string name;
    Columns columns;
    bool described = false;  // columns is filled from the first result
  };

  Prepared& prepare(std::string_view sql) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) return it->second;
    std::string name = "s" + std::to_string(statements_.size());
    ResultGuard r{PQprepare(conn_, name.c_str(), std::string(sql).c_str(), 0, nullptr)};
    check(r.r, "не удалось подготовить запрос");
    return statements_.emplace(std::string(sql), Prepared{std::move(name), {}, false}).first->second;
  }

  struct Hash : std::hash<std::string_view> {
    using is_transparent = void;
  };
  PGconn* conn_ = nullptr;
  std::unordered_map<std::string, Prepared, Hash, std::equal_to<>> statements_;
};

}  // namespace

PGconn* connect_postgres(const std::string& url) {
  // libpq takes connect_timeout from the URL; default it so a dead host cannot hang us.
  const char* keys[] = {"dbname", "connect_timeout", "application_name", nullptr};
  const char* values[] = {url.c_str(), "5", "nok", nullptr};
  PGconn* conn = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string detail = PQerrorMessage(conn);
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
    PQfinish(conn);
    throw DatabaseError("не удалось подключиться к PostgreSQL: " + detail);
  }
  return conn;
}

std::unique_ptr<Connection> open_postgres(const std::string& url) { return std::make_unique<PostgresConnection>(url); }

}  // namespace nok::sql
