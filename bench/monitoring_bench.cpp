// The monitoring roll-up figure (bench/monitoring_rollup.sh): p50 and p95 of the national
// roll-up by region and of one region's roll-up by municipality from the maintained
// aggregates, beside the respondents' figures alone computed by one SQL GROUP BY over the
// raw responses they come from, in the same database and run.
//
//   nok_monitoring_bench --db URL [--orgs 20000] [--responses 5] [--runs 30]
//
// Fills a migrated, empty database with a demo registry, its cycles for three years and
// `responses` counted responses per organisation and year (inserted by one INSERT … SELECT
// each), then rebuilds the aggregates as an upgrade to migration 014 does (its recount time
// is printed too).
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <iostream>
#include <map>

#include "app/demo/demo_cycles.h"
#include "app/demo/demo_registry.h"
#include "app/registry/reference_data.h"
#include "core/time.h"
#include "store/sql/open_stores.h"

namespace {

using namespace nok;
using Clock = std::chrono::steady_clock;

std::map<std::string, std::string> arguments(int argc, char** argv) {
  std::map<std::string, std::string> out{{"orgs", "20000"}, {"responses", "5"}, {"runs", "30"}};
  for (int i = 1; i + 1 < argc; i += 2) out[std::string(argv[i]).substr(2)] = argv[i + 1];
  return out;
}

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// p50 and p95 of `runs` calls, in milliseconds.
std::pair<double, double> percentiles(int runs, const std::function<void()>& call) {
  std::vector<double> ms;
  call();  // warm the caches and the prepared statements
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    call();
    ms.push_back(seconds_since(start) * 1000);
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

void print(const std::string& what, std::pair<double, double> p) {
  std::printf("%-62s p50 %8.1f ms   p95 %8.1f ms\n", what.c_str(), p.first, p.second);
}

// The respondents' figures (by channel and by month) of one year per `key`, by one GROUP BY
// over the counted responses: the baseline.
std::string raw_group_by(const std::string& key, bool one_region) {
  std::string sql = "SELECT " + key + ", COUNT(*)";
  for (const char* channel : {"web", "app", "kiosk", "operator_paper", "operator_interview", "operator_phone"})
    sql += ", SUM(CASE WHEN r.channel = '" + std::string(channel) + "' THEN 1 ELSE 0 END)";
  for (int m = 1; m <= 12; ++m)
    sql += ", SUM(CASE WHEN substr(r.collected_at, 6, 2) = '" + std::string(m < 10 ? "0" : "") + std::to_string(m) +
           "' THEN 1 ELSE 0 END)";
  return sql + " FROM responses r JOIN cycles cy ON cy.id = r.cycle_id JOIN organisations o ON o.id = "
               "r.organisation_id WHERE r.status = 'counted' AND cy.year = $1" +
         (one_region ? " AND o.region_code = $2" : "") + " GROUP BY " + key;
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  auto args = arguments(argc, argv);
  const std::size_t orgs = std::stoul(args["orgs"]);
  const int per_org = std::stoi(args["responses"]), runs = std::stoi(args["runs"]), year = current_year();
  auto stores = sql::open_stores(args["db"], 4);
  stores->main->migrate();
  add_reference_data(*stores->main);

  auto start = Clock::now();
  const auto registry = generate_demo_registry(orgs, 7, known_regions());
  (void)stores->main->upsert_organisations(registry);
  for (int y = year - 2; y <= year; ++y) open_demo_cycles(*stores->main, registry, y);
  {
    // `per_org` responses per member of each year's cycles, channels and months spread.
    auto c = stores->pool().acquire();
    sql::Transaction tx(*c);
    c->run("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < CAST($1 AS INTEGER)) "
           "INSERT INTO responses (id, cycle_id, organisation_id, channel, collected_at, questionnaire, answers, status, "
           "received_at) SELECT ROW_NUMBER() OVER () + 1000, co.cycle_id, co.organisation_id, "
           "CASE (co.organisation_id + n.i) % 6 WHEN 0 THEN 'web' WHEN 1 THEN 'app' WHEN 2 THEN 'kiosk' "
           "WHEN 3 THEN 'operator_paper' WHEN 4 THEN 'operator_interview' ELSE 'operator_phone' END, "
           "CAST(cy.year AS TEXT) || '-' || substr('010203040506070809101112', "
           "CAST(2 * ((co.organisation_id + n.i) % 12) + 1 AS INTEGER), 2) "
           "|| '-15', '675n-2018/core', '11011011011011-', 'counted', '2000-01-01T00:00:00Z' "
           "FROM cycle_organisations co JOIN cycles cy ON cy.id = co.cycle_id CROSS JOIN n",
           {std::int64_t{per_org}});
    tx.commit();
  }
  std::int64_t responses = 0;
  {
    auto c = stores->pool().acquire();
    c->run("SELECT COUNT(*) AS n FROM responses", {}, [&](const sql::Row& r) { responses = r.i64("n"); });
  }
  std::printf("fixture: %zu organisations, 3 years of cycles, %lld raw responses (%.0f s)\n", orgs,
              static_cast<long long>(responses), seconds_since(start));

  // As an upgrade to migration 014: the aggregates recounted from the events.
  {
    auto c = stores->pool().acquire();
    for (const char* table : {"monitoring_tallies", "monitoring_group_tallies", "monitoring_appeal_days",
                              "monitoring_group_appeal_days", "monitoring_funnel", "monitoring_group_funnel",
                              "monitoring_notes"})
      c->script("DROP TABLE " + std::string(table));
    c->script("DROP INDEX appeals_open");
    c->script("DROP INDEX plan_items_open");
    c->script("ALTER TABLE reviews DROP COLUMN tone");
    c->script("DELETE FROM schema_migrations WHERE version = 14");
  }
  start = Clock::now();
  stores->main->migrate();
  std::printf("migration 014 recount: %.1f s\n", seconds_since(start));
  std::int64_t groups = 0;
  {
    auto c = stores->pool().acquire();
    c->run("SELECT COUNT(*) AS n FROM monitoring_group_tallies WHERE year = $1", {std::int64_t{year}},
           [&](const sql::Row& r) { groups = r.i64("n"); });
  }
  const std::string region = registry.front().region_code;
  std::printf("groups this year: %lld; the region's roll-up: region %s\n", static_cast<long long>(groups), region.c_str());

  auto& monitoring = stores->monitoring;
  print("national roll-up by region, aggregates", percentiles(runs, [&] {
          (void)monitoring.rollup({.year = year}, MonitoringLevel::region);
        }));
  print("national roll-up by region, GROUP BY raw (respondents only)", percentiles(runs, [&] {
          auto c = stores->pool().acquire();
          static const std::string sql = raw_group_by("o.region_code", false);
          c->run(sql, {std::int64_t{year}}, [](const sql::Row&) {});
        }));
  print("region's roll-up by municipality, aggregates", percentiles(runs, [&] {
          (void)monitoring.rollup({.year = year, .region_code = region}, MonitoringLevel::municipality);
        }));
  print("region's roll-up by municipality, GROUP BY raw (respondents only)", percentiles(runs, [&] {
          auto c = stores->pool().acquire();
          static const std::string sql = raw_group_by("o.municipality", true);
          c->run(sql, {std::int64_t{year}, std::string_view(region)}, [](const sql::Row&) {});
        }));
  print("national totals, aggregates", percentiles(runs, [&] { (void)monitoring.totals({.year = year}); }));
  return 0;
}
