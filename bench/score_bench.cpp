// Scoring figures, each beside its baseline in the same run:
//   1. full recompute of every organisation (counters from all responses, then every
//      indicator, criterion and total) vs the same aggregation as one SQL GROUP BY in SQLite,
//      and in PostgreSQL when NOK_BENCH_POSTGRES_URL names a server — responses/s for each;
//   2. a live update per response (target < 1 µs) and the counters' memory (target < 50 MB).
// The SQL results are checked equal to the in-memory counters before anything is timed.
// Sizes: NOK_BENCH_ORGS (100000), NOK_BENCH_RESPONSES (10000000). The SQLite file and the
// PostgreSQL table are kept (NOK_BENCH_DIR, default /tmp) and reused by the next run.
// Usage: nok_score_bench [Google Benchmark flags]
#include <benchmark/benchmark.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/methodology/edition_file.h"
#include "domain/methodology/score.h"
#include "domain/survey/scoreboard.h"

namespace {

using namespace nok;
using survey::Answer;
using survey::Answers;
using survey::Channel;
using survey::SurveyCounters;

std::size_t env_size(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::stoul(v) : fallback;
}

const std::size_t kOrgs = env_size("NOK_BENCH_ORGS", 100000);
const std::size_t kResponses = env_size("NOK_BENCH_RESPONSES", 10000000);
constexpr std::uint64_t kSeed = 2026;

// A response as a database row holds it: the organisation's id, the channel, the answers.
struct Row {
  std::uint32_t org;
  Channel channel;
  Answers answers;
};

std::uint64_t splitmix(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// Deterministic: the same seed and sizes give the same rows, so stored tables can be reused.
std::vector<Row> generate() {
  std::vector<Row> rows(kResponses);
  std::uint64_t state = kSeed;
  for (auto& row : rows) {
    const std::uint64_t a = splitmix(state), b = splitmix(state);
    row.org = static_cast<std::uint32_t>(((a >> 32) * kOrgs) >> 32);
    row.channel = static_cast<Channel>((a & 0xFFFF) % survey::all_channels().size());
    for (std::size_t i = 0; i < survey::kItemCount; ++i) {
      const auto nibble = (b >> (4 * i)) & 0xF;  // 1/16 unanswered, 11/16 yes, 4/16 no
      row.answers.values[i] = nibble == 0 ? Answer::none : nibble < 12 ? Answer::yes : Answer::no;
    }
    for (auto [dependent, filter] : {std::pair{survey::Item::stand_ok, survey::Item::stand_used},
                                     {survey::Item::site_ok, survey::Item::site_used},
                                     {survey::Item::access_ok, survey::Item::disabled},
                                     {survey::Item::remote_polite, survey::Item::remote_used}})
      if (row.answers[filter] != Answer::yes) row.answers[dependent] = Answer::none;
  }
  return rows;
}

const std::vector<Row>& rows() {
  static const std::vector<Row> all = [] {
    const auto start = std::chrono::steady_clock::now();
    auto r = generate();
    std::printf("generated %zu responses for %zu organisations in %.2f s\n", r.size(), kOrgs,
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    return r;
  }();
  return all;
}

// Expert inputs are per organisation and small; the same for every organisation here.
methodology::ExpertInputs expert() {
  methodology::ExpertInputs e;
  using F = methodology::ExpertField;
  for (auto [f, v] : {std::pair{F::info_stand, 8.0}, {F::info_stand_required, 10.0}, {F::info_site, 30.0},
                      {F::info_site_required, 40.0}, {F::remote_channels, 3.0}, {F::comfort_conditions, 4.0},
                      {F::wait_days, 9.0}, {F::premises_access, 3.0}, {F::service_access, 4.0}})
    e[f] = v;
  return e;
}

// Every path ends the same way: every organisation scored from its counters, by `m`.
double score_all(const std::vector<SurveyCounters>& counters,
                 const methodology::Methodology& m = methodology::default_methodology()) {
  static const auto inputs = expert();
  double checksum = 0;
  for (std::size_t org = 0; org < counters.size(); ++org)
    checksum += methodology::score(m, org % 5 == 1 ? Sphere::health : Sphere::culture, counters[org], inputs)
                    .total.value_or(0);
  return checksum;
}

std::vector<SurveyCounters> recount(const std::vector<Row>& all) {
  std::vector<SurveyCounters> counters(kOrgs);
  for (const auto& r : all) counters[r.org].add(r.channel, r.answers);
  return counters;
}

// ---- the SQL baseline: one GROUP BY computing the same counters ----

std::string columns() {
  std::string out;
  for (auto item : survey::all_items()) out += ", " + std::string(survey::key(item)) + " SMALLINT";
  return out;
}

std::string group_by_sql(const std::string& table) {
  std::string sql = "SELECT org, COUNT(*), SUM(CASE WHEN channel IN (0, 1) THEN 1 ELSE 0 END)";
  for (auto item : survey::all_items()) {
    const std::string k(survey::key(item));
    sql += ", SUM(" + k + "), COUNT(" + k + ")";  // yes (1/0 summed), answered (NULL not counted)
  }
  return sql + " FROM " + table + " GROUP BY org";
}

// One result row of the GROUP BY into counters: column 0 org, 1 respondents, 2 site+app,
// then yes and answered per item. `cell(i)` reads column i as an integer.
void store_row(std::vector<SurveyCounters>& out, const std::function<std::int64_t(int)>& cell) {
  auto& c = out[cell(0)];
  c.respondents = static_cast<std::uint32_t>(cell(1));
  c.site_or_app = static_cast<std::uint32_t>(cell(2));
  for (std::size_t i = 0; i < survey::kItemCount; ++i)
    c.items[i] = {static_cast<std::uint32_t>(cell(3 + 2 * i)), static_cast<std::uint32_t>(cell(4 + 2 * i))};
}

class Sqlite {
 public:
  Sqlite() {
    const auto dir = std::string(std::getenv("NOK_BENCH_DIR") ? std::getenv("NOK_BENCH_DIR") : "/tmp");
    path_ = dir + "/nok_score_bench_" + std::to_string(kOrgs) + "_" + std::to_string(kResponses) + ".db";
    if (std::filesystem::exists(path_) && count() == kResponses) return;
    std::filesystem::remove(path_);
    load();
  }
  ~Sqlite() { sqlite3_close(db_); }

  std::vector<SurveyCounters> group_by() {
    std::vector<SurveyCounters> out(kOrgs);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db(), group_by_sql("responses").c_str(), -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) store_row(out, [&](int i) { return sqlite3_column_int64(stmt, i); });
    sqlite3_finalize(stmt);
    return out;
  }

 private:
  sqlite3* db() {
    if (!db_ && sqlite3_open(path_.c_str(), &db_) != SQLITE_OK) throw std::runtime_error("cannot open " + path_);
    return db_;
  }
  void exec(const std::string& sql) {
    if (sqlite3_exec(db(), sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
      throw std::runtime_error(sqlite3_errmsg(db()));
  }
  std::size_t count() {
    sqlite3_stmt* stmt = nullptr;
    std::size_t n = 0;
    if (sqlite3_prepare_v2(db(), "SELECT COUNT(*) FROM responses", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
      n = static_cast<std::size_t>(sqlite3_column_int64(stmt, 0));
    sqlite3_finalize(stmt);
    return n;
  }
  void load() {
    const auto start = std::chrono::steady_clock::now();
    exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
    exec("CREATE TABLE responses (org INTEGER NOT NULL, channel INTEGER NOT NULL" + columns() + ")");
    std::string insert = "INSERT INTO responses VALUES (?, ?";
    for (std::size_t i = 0; i < survey::kItemCount; ++i) insert += ", ?";
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db(), (insert + ")").c_str(), -1, &stmt, nullptr);
    exec("BEGIN");
    for (const auto& r : rows()) {
      sqlite3_bind_int(stmt, 1, static_cast<int>(r.org));
      sqlite3_bind_int(stmt, 2, static_cast<int>(r.channel));
      for (std::size_t i = 0; i < survey::kItemCount; ++i) {
        const Answer a = r.answers.values[i];
        if (a == Answer::none) sqlite3_bind_null(stmt, 3 + static_cast<int>(i));
        else sqlite3_bind_int(stmt, 3 + static_cast<int>(i), a == Answer::yes);
      }
      sqlite3_step(stmt);
      sqlite3_reset(stmt);
    }
    exec("COMMIT");
    sqlite3_finalize(stmt);
    std::printf("loaded SQLite %s in %.1f s (kept for the next run)\n", path_.c_str(),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }

  std::string path_;
  sqlite3* db_ = nullptr;
};

class Postgres {
 public:
  explicit Postgres(const char* url) : conn_(PQconnectdb(url)) {
    if (PQstatus(conn_) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(conn_));
    table_ = "nok_score_bench_" + std::to_string(kOrgs) + "_" + std::to_string(kResponses);
    if (count() != kResponses) load();
  }
  ~Postgres() { PQfinish(conn_); }

  std::vector<SurveyCounters> group_by() {
    std::vector<SurveyCounters> out(kOrgs);
    PGresult* res = PQexec(conn_, group_by_sql(table_).c_str());
    if (PQresultStatus(res) != PGRES_TUPLES_OK) throw std::runtime_error(PQerrorMessage(conn_));
    for (int row = 0; row < PQntuples(res); ++row)
      store_row(out, [&](int i) { return std::strtoll(PQgetvalue(res, row, i), nullptr, 10); });
    PQclear(res);
    return out;
  }

 private:
  void exec(const std::string& sql, ExecStatusType expected = PGRES_COMMAND_OK) {
    PGresult* res = PQexec(conn_, sql.c_str());
    const bool ok = PQresultStatus(res) == expected;
    PQclear(res);
    if (!ok) throw std::runtime_error(PQerrorMessage(conn_));
  }
  std::size_t count() {
    PGresult* res = PQexec(conn_, ("SELECT COUNT(*) FROM " + table_).c_str());
    const std::size_t n = PQresultStatus(res) == PGRES_TUPLES_OK ? std::stoull(PQgetvalue(res, 0, 0)) : 0;
    PQclear(res);
    return n;
  }
  void load() {  // COPY in text format: the fastest way in, so the run spends its time measuring
    const auto start = std::chrono::steady_clock::now();
    exec("DROP TABLE IF EXISTS " + table_);
    exec("CREATE UNLOGGED TABLE " + table_ + " (org INTEGER NOT NULL, channel SMALLINT NOT NULL" + columns() + ")");
    exec("COPY " + table_ + " FROM STDIN", PGRES_COPY_IN);
    std::string buffer;
    for (const auto& r : rows()) {
      buffer += std::to_string(r.org) + '\t' + std::to_string(static_cast<int>(r.channel));
      for (Answer a : r.answers.values) buffer += a == Answer::none ? "\t\\N" : a == Answer::yes ? "\t1" : "\t0";
      buffer += '\n';
      if (buffer.size() > (1 << 20)) {
        PQputCopyData(conn_, buffer.data(), static_cast<int>(buffer.size()));
        buffer.clear();
      }
    }
    PQputCopyData(conn_, buffer.data(), static_cast<int>(buffer.size()));
    PQputCopyEnd(conn_, nullptr);
    PQclear(PQgetResult(conn_));
    exec("ANALYZE " + table_);
    std::printf("loaded PostgreSQL table %s in %.1f s (kept for the next run)\n", table_.c_str(),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }

  PGconn* conn_;
  std::string table_;
};

// Best seconds per full pass of each path, for the summary after the table.
std::map<std::string, double> best;

// `edition`, when given, is read from its file text inside the timed pass, as a process does
// that resolves an added edition before recomputing.
void full_pass(benchmark::State& state, const std::string& name,
               const std::function<std::vector<SurveyCounters>()>& count, const std::string* edition = nullptr) {
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    if (edition) {
      const auto read = methodology::read_methodology(*edition, methodology::shipped_edition_text);
      if (!read.methodology) throw std::runtime_error("the shipped edition does not read");
      benchmark::DoNotOptimize(score_all(count(), *read.methodology));
    } else {
      benchmark::DoNotOptimize(score_all(count()));
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best[name] = best.count(name) ? std::min(best[name], s) : s;
  }
  state.counters["responses/s"] =
      benchmark::Counter(static_cast<double>(kResponses), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_FullRecompute_InMemory(benchmark::State& state) {
  full_pass(state, "in-memory", [] { return recount(rows()); });
}

// The same with the edition loaded from its file in the pass (the loaded edition's figure).
void BM_FullRecompute_InMemoryEditionFromFile(benchmark::State& state) {
  static const auto text = *methodology::shipped_edition_text(methodology::kDefaultMethodology);
  full_pass(state, "in-memory, edition read from its file", [] { return recount(rows()); }, &text);
}

std::unique_ptr<Sqlite> sqlite;
void BM_FullRecompute_SqliteGroupBy(benchmark::State& state) {
  full_pass(state, "SQLite GROUP BY", [] { return sqlite->group_by(); });
}

std::unique_ptr<Postgres> postgres;
void BM_FullRecompute_PostgresGroupBy(benchmark::State& state) {
  full_pass(state, "PostgreSQL GROUP BY", [] { return postgres->group_by(); });
}

// ИНН-like public codes, as the live path receives them.
std::string org_code(std::size_t org) { return "7707" + std::to_string(1000000 + org); }

// The first 2^16 rows as responses arriving at the server (a power of two to cycle cheaply).
std::vector<survey::Response> live_responses() {
  std::vector<survey::Response> out(1 << 16);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto& r = rows()[i % rows().size()];
    out[i] = {.org = org_code(r.org), .channel = r.channel, .answers = r.answers};
  }
  return out;
}

// The live path of a new response: find the organisation by code, add to its counters.
void BM_LiveAdd_ByCode(benchmark::State& state) {
  survey::Scoreboard board;
  const auto incoming = live_responses();
  for (std::size_t org = 0; org < kOrgs; ++org) board.slot(org_code(org));
  std::size_t i = 0;
  for (auto _ : state) board.add(incoming[i++ & (incoming.size() - 1)]);
  state.counters["MB for counters"] = static_cast<double>(board.memory_bytes()) / (1024 * 1024);
  state.SetItemsProcessed(state.iterations());
}

// A respondent edits a response: the old answers leave, the new ones come in.
void BM_LiveReplace_ByCode(benchmark::State& state) {
  survey::Scoreboard board;
  auto kept = live_responses();
  for (const auto& r : kept) board.add(r);
  std::size_t i = 0;
  for (auto _ : state) {
    auto& before = kept[i & (kept.size() - 1)];
    survey::Response after = before;
    after.answers = rows()[(i + 7919) % rows().size()].answers;
    board.replace(before, after);
    before.answers = after.answers;
    ++i;
  }
  state.SetItemsProcessed(state.iterations());
}

// What the organisation page does after a response: its indicators from its counters.
void BM_LiveScore_OneOrganisation(benchmark::State& state) {
  const auto counters = recount(rows());
  const auto inputs = expert();
  std::size_t org = 0;
  for (auto _ : state)
    benchmark::DoNotOptimize(methodology::score(methodology::default_methodology(), Sphere::health,
                                                counters[org++ % counters.size()], inputs));
  state.SetItemsProcessed(state.iterations());
}

void check_same(const char* name, const std::vector<SurveyCounters>& sql) {
  static const auto memory = recount(rows());
  if (sql != memory) throw std::runtime_error(std::string(name) + " GROUP BY disagrees with the in-memory recount");
  std::printf("checked: %s GROUP BY gives the in-memory counters for all %zu organisations\n", name, kOrgs);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  rows();
  sqlite = std::make_unique<Sqlite>();
  check_same("SQLite", sqlite->group_by());
  // Wall-clock time: a database's work happens outside this process's CPU time.
  benchmark::RegisterBenchmark("FullRecompute/InMemory", BM_FullRecompute_InMemory)
      ->Unit(benchmark::kMillisecond)->MinTime(3)->UseRealTime();
  benchmark::RegisterBenchmark("FullRecompute/InMemoryEditionFromFile", BM_FullRecompute_InMemoryEditionFromFile)
      ->Unit(benchmark::kMillisecond)->MinTime(3)->UseRealTime();
  benchmark::RegisterBenchmark("FullRecompute/SqliteGroupBy", BM_FullRecompute_SqliteGroupBy)
      ->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
  if (const char* url = std::getenv("NOK_BENCH_POSTGRES_URL"); url && *url) {
    postgres = std::make_unique<Postgres>(url);
    check_same("PostgreSQL", postgres->group_by());
    benchmark::RegisterBenchmark("FullRecompute/PostgresGroupBy", BM_FullRecompute_PostgresGroupBy)
        ->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
  } else {
    std::printf("PostgreSQL baseline skipped: set NOK_BENCH_POSTGRES_URL to run it\n");
  }
  benchmark::RegisterBenchmark("Live/AddByCode", BM_LiveAdd_ByCode);
  benchmark::RegisterBenchmark("Live/ReplaceByCode", BM_LiveReplace_ByCode);
  benchmark::RegisterBenchmark("Live/ScoreOneOrganisation", BM_LiveScore_OneOrganisation);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();

  if (!best.count("in-memory")) return 0;
  const double memory = best["in-memory"];
  std::printf("\nfull recompute of %zu organisations from %zu responses (best pass):\n", kOrgs, kResponses);
  for (const auto& [name, seconds] : best)
    std::printf("  %-38s %8.3f s  %12.0f responses/s  %6.1fx the in-memory time\n", name.c_str(), seconds,
                kResponses / seconds, seconds / memory);
  return 0;
}
