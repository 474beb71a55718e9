// Prepares the survey-submission benchmark (bench/submit.sh) and measures its baseline.
//
//   nok_submit_fixture --db URL --dir DIR [--orgs 5000] [--citizens 100000] [--rows 100000] [--responses 0]
//
// Fills the database with a demo registry in this year's assessment and with signed-in
// citizens, and writes DIR/tokens.txt (one bearer token a line), DIR/codes.txt (assessed
// organisations) and DIR/key (the secret key, for NOK_SECRET_KEY). Then inserts `rows`
// response rows of the same shape as a submission in transactions of 256 — the raw batched
// insert the HTTP figure is compared with — and prints rows/s (none with --rows 0: the crash
// test, tests/crash, uses the fixture alone). With --responses N (PostgreSQL), first stores N
// counted responses of this year in bulk (bench/bulk_responses.h), with their tallies.
#include <sodium.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <map>

#include "bulk_responses.h"
#include "app/demo/demo_cycles.h"
#include "app/demo/demo_registry.h"
#include "app/registry/reference_data.h"
#include "core/crypto.h"
#include "core/id.h"
#include "core/time.h"
#include "domain/survey/answer_code.h"
#include "store/postgres/postgres_connection.h"
#include "store/sql/sql_store.h"
#include "store/sqlite/sqlite_connection.h"

namespace {

std::map<std::string, std::string> arguments(int argc, char** argv) {
  std::map<std::string, std::string> out{{"orgs", "5000"}, {"citizens", "100000"}, {"rows", "100000"}, {"responses", "0"}};
  for (int i = 1; i + 1 < argc; i += 2) out[std::string(argv[i]).substr(2)] = argv[i + 1];
  return out;
}

// The raw baseline: the same row as a submission, no validation, no tally, no index
// maintenance beyond the table's own, 256 rows per transaction.
double raw_rows_per_second(const std::string& url, long rows) {
  using namespace nok::sql;
  auto c = url.starts_with("postgres") ? open_postgres(url) : open_sqlite(url.substr(7));
  c->script("DROP TABLE IF EXISTS bench_raw_responses");
  c->script("CREATE TABLE bench_raw_responses (id BIGINT PRIMARY KEY, organisation_id BIGINT, channel TEXT, "
            "collected_at TEXT, questionnaire TEXT, answers TEXT, suggestions TEXT, citizen_id BIGINT, "
            "idempotency_key TEXT UNIQUE, status TEXT, received_at TEXT)");
  const std::string now = nok::iso_utc_now();
  const auto start = std::chrono::steady_clock::now();
  for (long done = 0; done < rows;) {
    Transaction tx(*c);
    for (int i = 0; i < 256 && done < rows; ++i, ++done) {
      const std::string key = "raw-" + std::to_string(done);
      c->run("INSERT INTO bench_raw_responses VALUES ($1, $2, 'app', $3, '675n-2018/core', '11011011011011-', '', "
             "$4, $5, 'counted', $3)",
             {nok::new_id(), std::int64_t{done % 5000}, std::string_view(now), std::int64_t{done % 100000},
              std::string_view(key)});
    }
    tx.commit();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  c->script("DROP TABLE bench_raw_responses");
  return rows / seconds;
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  auto args = arguments(argc, argv);
  const std::string url = args["db"], dir = args["dir"];
  auto store = nok::sql::open_sql_store(url, 2);
  store->migrate();
  nok::add_reference_data(*store);

  auto registry = nok::generate_demo_registry(std::stoul(args["orgs"]), 7, nok::known_regions());
  (void)store->upsert_organisations(registry);
  nok::open_demo_cycles(*store, registry, nok::current_year());
  std::ofstream codes(dir + "/codes.txt");
  for (std::size_t i = 0; i < registry.size(); ++i)
    if (i % 10 != 9) codes << registry[i].code << "\n";

  if (const long responses = std::stol(args["responses"]); responses > 0)
    nok::bench::load_bulk_responses(*nok::sql::open_postgres(url), nok::current_year(), responses);

  const auto key = nok::SecretKey::generate();
  std::ofstream(dir + "/key") << key.to_base64() << "\n";
  std::ofstream tokens(dir + "/tokens.txt");
  const long citizens = std::stol(args["citizens"]);
  for (long i = 0; i < citizens; ++i) {
    const auto id = store->upsert_citizen(key.hash("bench:" + std::to_string(i)), "");
    const auto token = nok::random_token(32);
    store->create_session({key.hash("session:" + token), id, 0, nok::random_token(24), "2999-01-01T00:00:00Z"});
    tokens << token << "\n";
  }
  if (const long rows = std::stol(args["rows"]); rows > 0)
    std::cout << "raw batched inserts (256 rows per transaction): " << static_cast<long>(raw_rows_per_second(url, rows))
              << " rows/s\n";
  return 0;
}
