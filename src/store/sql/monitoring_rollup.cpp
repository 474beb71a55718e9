// Roll-ups of the monitoring aggregates. Above organisations a roll-up reads the groups'
// rows (one per year, region, authority, municipality and sphere: a few thousand for the
// whole country); by organisation, or for one organisation, the organisations' rows. The
// rows are summed here rather than by SQL SUM, which costs SQLite several times more per
// column. What is not a sum — the median of answer days, what is overdue as of now — is
// computed per group from the histograms and from the open rows.
#include <algorithm>
#include <map>
#include <tuple>

#include "core/time.h"
#include "store/sql/monitoring_columns.h"
#include "store/sql/sql_monitoring_store.h"

namespace nok::sql {
namespace {

// A statement per way of reading (from the group sums or from the organisations' rows) and
// level, built once by `build(organisations, level)`.
using Statements = std::map<std::pair<bool, MonitoringLevel>, std::string>;
template <typename Build>
Statements every_statement(const Build& build) {
  Statements out;
  for (bool organisations : {false, true})
    for (auto level : {MonitoringLevel::region, MonitoringLevel::authority, MonitoringLevel::municipality,
                       MonitoringLevel::organisation})
      out[{organisations, level}] = build(organisations, level);
  return out;
}

// Where a query finds what a filter and a level read, as SQL expressions.
struct Place {
  std::string region, authority, municipality, sphere, organisation;
};

const Place kGroups{"t.region_code", "t.authority_id", "t.municipality", "t.sphere", "0"};
const Place kTallies{"t.region_code", "t.authority_id", "t.municipality", "t.sphere", "t.organisation_id"};
const Place kRegistry{"o.region_code", "COALESCE(o.authority_id, 0)", "o.municipality", "o.sphere", "o.id"};

// Every query binds the filter as $1 year, $2 region, $3 authority, $4 municipality,
// $5 sphere, $6 organisation code, and its own values from $7 (years(): the same without
// the year, from $1).
std::string matching(const Place& p, int first = 2) {
  auto n = [&](int i) { return "$" + std::to_string(first + i); };
  return "(" + n(0) + " = '' OR " + p.region + " = " + n(0) + ") AND (CAST(" + n(1) + " AS BIGINT) = 0 OR " +
         p.authority + " = CAST(" + n(1) + " AS BIGINT)) AND (" + n(2) + " = '' OR " + p.municipality + " = " + n(2) +
         ") AND (" + n(3) + " = '' OR " + p.sphere + " = " + n(3) + ") AND (" + n(4) + " = '' OR " + p.organisation +
         " = (SELECT id FROM organisations WHERE code = " + n(4) + "))";
}

// The row's key and the region it belongs to, named row_key and row_region; by
// organisation, `o` must be joined.
std::string key_of(MonitoringLevel level, const Place& p) {
  auto named = [](const std::string& key, const std::string& region) {
    return key + " AS row_key, " + region + " AS row_region";
  };
  switch (level) {
    case MonitoringLevel::region: return named(p.region, p.region);
    case MonitoringLevel::authority: return named("CAST(" + p.authority + " AS TEXT)", p.region);
    case MonitoringLevel::municipality: return named(p.municipality, p.region);
    case MonitoringLevel::organisation: return named("o.code", "o.region_code");
  }
  return "";
}

std::vector<Param> bind_place(const MonitoringFilter& f) {
  return {std::string_view(f.region_code), f.authority_id, std::string_view(f.municipality), std::string_view(f.sphere),
          std::string_view(f.organisation_code)};
}

std::vector<Param> bind(const MonitoringFilter& f, std::initializer_list<Param> more = {}) {
  std::vector<Param> out{std::int64_t{f.year}};
  for (const auto& p : bind_place(f)) out.push_back(p);
  out.insert(out.end(), more);
  return out;
}

// Groups are read unless the filter or the level asks for organisations.
bool by_organisation(const MonitoringFilter& f, MonitoringLevel level) {
  return level == MonitoringLevel::organisation || !f.organisation_code.empty();
}

// A municipality's name is unique within its region only.
std::string map_key(MonitoringLevel level, std::string_view key, std::string_view region) {
  return level == MonitoringLevel::municipality ? std::string(region) + '\x1f' + std::string(key) : std::string(key);
}

struct Grouped {
  std::map<std::string, MonitoringRow> rows;
  MonitoringRow& at(MonitoringLevel level, std::string_view key, std::string_view region) {
    auto [it, added] = rows.try_emplace(map_key(level, key, region));
    if (added) {
      it->second.key = key;
      it->second.region_code = region;
    }
    return it->second;
  }
};

double median(const std::map<std::int64_t, std::int64_t>& histogram) {
  std::int64_t n = 0;
  for (const auto& [days, count] : histogram) n += count;
  auto nth = [&](std::int64_t index) {  // 0-based
    for (const auto& [days, count] : histogram) {
      if (index < count) return static_cast<double>(days);
      index -= count;
    }
    return 0.0;
  };
  return (nth((n - 1) / 2) + nth(n / 2)) / 2;
}

// Sums the aggregates of the matching organisations per key of `level`.
void add_sums(Connection& c, const MonitoringFilter& f, MonitoringLevel level, Grouped& out) {
  auto build = [](bool organisations, MonitoringLevel level) {
    std::string columns;
    for (const auto& column : monitoring_columns()) columns += ", t." + column.name;
    const Place& p = organisations ? kTallies : kGroups;
    return "SELECT " + key_of(level, p) + (organisations ? ", 1 AS organisations" : ", t.organisations") + columns +
           (organisations ? " FROM monitoring_tallies t JOIN organisations o ON o.id = t.organisation_id"
                          : " FROM monitoring_group_tallies t") +
           " WHERE t.year = CAST($1 AS INTEGER) AND " + matching(p);
  };
  static const auto statements = every_statement(build);
  const auto& columns = monitoring_columns();
  const auto params = bind(f);
  c.run(statements.at({by_organisation(f, level), level}), params, [&](const Row& r) {
    auto& totals = out.at(level, r.text("row_key"), r.text("row_region")).totals;
    totals.organisations += r.i64("organisations");
    for (const auto& column : columns) column.field(totals) += r.i64(column.name);
  });
}

// The median of answer days per key, from the histograms.
void add_medians(Connection& c, const MonitoringFilter& f, MonitoringLevel level, Grouped& out) {
  auto build = [](bool organisations, MonitoringLevel level) {
    const Place& p = organisations ? kTallies : kGroups;
    return "SELECT " + key_of(level, p) + ", d.days, d.appeals " +
           (organisations ? "FROM monitoring_appeal_days d JOIN monitoring_tallies t ON t.organisation_id = "
                            "d.organisation_id AND t.year = d.year JOIN organisations o ON o.id = t.organisation_id"
                          : "FROM monitoring_group_appeal_days d JOIN monitoring_group_tallies t ON t.year = d.year "
                            "AND t.region_code = d.region_code AND t.authority_id = d.authority_id "
                            "AND t.municipality = d.municipality AND t.sphere = d.sphere") +
           " WHERE d.appeals <> 0 AND t.year = CAST($1 AS INTEGER) AND " + matching(p);
  };
  static const auto statements = every_statement(build);
  std::map<std::string, std::map<std::int64_t, std::int64_t>> histograms;
  const auto params = bind(f);
  c.run(statements.at({by_organisation(f, level), level}), params, [&](const Row& r) {
    histograms[map_key(level, r.text("row_key"), r.text("row_region"))][r.i64("days")] += r.i64("appeals");
  });
  for (auto& [key, histogram] : histograms)
    if (auto it = out.rows.find(key); it != out.rows.end()) it->second.totals.appeal_median_days = median(histogram);
}

// What is overdue as of now, counted over the open rows (partial indexes of migration 014).
void add_overdue(Connection& c, const MonitoringFilter& f, MonitoringLevel level, Grouped& out) {
  auto build = [](MonitoringLevel level, bool appeals) {
    const std::string key = key_of(level, kRegistry);
    if (appeals)
      return "SELECT " + key + ", COUNT(*) AS n FROM appeals a JOIN organisations o ON o.id = a.organisation_id "
             "WHERE a.answered_at IS NULL AND a.created_at >= $7 AND a.created_at < $8 AND a.due_at < $9 AND "
             "CAST($1 AS INTEGER) > 0 AND " + matching(kRegistry) + " GROUP BY row_key, row_region";
    return "SELECT " + key + ", COUNT(*) AS n FROM plan_items i JOIN plans p ON p.id = i.plan_id "
           "JOIN cycles cy ON cy.id = p.cycle_id JOIN organisations o ON o.id = p.organisation_id "
           "WHERE i.actual_date IS NULL AND i.planned_date < $7 AND p.published_at IS NOT NULL "
           "AND cy.year = CAST($1 AS INTEGER) AND " + matching(kRegistry) + " GROUP BY row_key, row_region";
  };
  static const std::map<std::pair<MonitoringLevel, bool>, std::string> statements = [&] {
    std::map<std::pair<MonitoringLevel, bool>, std::string> out;
    for (bool appeals : {false, true})
      for (auto l : {MonitoringLevel::region, MonitoringLevel::authority, MonitoringLevel::municipality,
                     MonitoringLevel::organisation})
        out[{l, appeals}] = build(l, appeals);
    return out;
  }();
  const std::string now = iso_utc_now(), today = now.substr(0, 10);
  const std::string from = std::to_string(f.year) + "-01-01", to = std::to_string(f.year + 1) + "-01-01";
  c.run(statements.at({level, true}),
        bind(f, {std::string_view(from), std::string_view(to), std::string_view(now)}), [&](const Row& r) {
          out.at(level, r.text("row_key"), r.text("row_region")).totals.appeals_overdue_now += r.i64("n");
        });
  c.run(statements.at({level, false}), bind(f, {std::string_view(today)}), [&](const Row& r) {
    out.at(level, r.text("row_key"), r.text("row_region")).totals.plan_items_overdue += r.i64("n");
  });
}

// What people call each row: the region's, the authority's or the organisation's name.
void name_rows(Connection& c, const MonitoringFilter& f, MonitoringLevel level, std::vector<MonitoringRow>& rows) {
  std::map<std::string, std::pair<std::string, std::string>> names;  // key → name, region
  auto add = [&](const Row& r) {
    names[std::string(r.text("row_key"))] = {std::string(r.text("name")), std::string(r.text("row_region"))};
  };
  if (level == MonitoringLevel::region) c.run("SELECT code AS row_key, name, code AS row_region FROM regions", {}, add);
  if (level == MonitoringLevel::authority)
    c.run("SELECT CAST(id AS TEXT) AS row_key, name, COALESCE(region_code, '') AS row_region FROM authorities", {},
          add);
  if (level == MonitoringLevel::organisation) {
    static const std::string sql = "SELECT o.code AS row_key, o.short_name AS name, o.region_code AS row_region "
                                   "FROM monitoring_tallies t JOIN organisations o ON o.id = t.organisation_id "
                                   "WHERE t.year = CAST($1 AS INTEGER) AND " + matching(kTallies);
    c.run(sql, bind(f), add);
  }
  for (auto& row : rows) {
    if (level == MonitoringLevel::municipality) {
      row.name = row.key.empty() ? "Муниципальное образование не указано" : row.key;
    } else if (auto it = names.find(row.key); it != names.end()) {
      row.name = it->second.first;
      row.region_code = it->second.second;
    } else {
      row.name = level == MonitoringLevel::authority ? "Уполномоченный орган не указан" : row.key;
      if (level == MonitoringLevel::authority) row.region_code.clear();
    }
  }
}

}  // namespace

std::vector<MonitoringRow> SqlMonitoringStore::rollup(const MonitoringFilter& filter, MonitoringLevel level) {
  Grouped grouped;
  auto c = pool_.acquire();
  add_sums(*c, filter, level, grouped);
  add_medians(*c, filter, level, grouped);
  add_overdue(*c, filter, level, grouped);
  std::vector<MonitoringRow> out;
  out.reserve(grouped.rows.size());
  for (auto& [key, row] : grouped.rows) out.push_back(std::move(row));
  name_rows(*c, filter, level, out);
  std::sort(out.begin(), out.end(), [](const MonitoringRow& a, const MonitoringRow& b) {
    return std::tie(a.name, a.region_code, a.key) < std::tie(b.name, b.region_code, b.key);
  });
  return out;
}

MonitoringTotals SqlMonitoringStore::totals(const MonitoringFilter& filter) {
  MonitoringTotals out;
  std::map<std::int64_t, std::int64_t> histogram;
  // The sums of any level's rows; the median of the merged histograms.
  Grouped grouped;
  auto c = pool_.acquire();
  add_sums(*c, filter, MonitoringLevel::region, grouped);
  add_overdue(*c, filter, MonitoringLevel::region, grouped);
  const auto& columns = monitoring_columns();
  for (auto& [key, row] : grouped.rows) {
    out.organisations += row.totals.organisations;
    out.appeals_overdue_now += row.totals.appeals_overdue_now;
    out.plan_items_overdue += row.totals.plan_items_overdue;
    for (const auto& column : columns) column.field(out) += column.field(row.totals);
  }
  static const std::string groups =
      "SELECT d.days, SUM(d.appeals) AS appeals FROM monitoring_group_appeal_days d "
      "WHERE d.year = CAST($1 AS INTEGER) AND " +
      matching({"d.region_code", "d.authority_id", "d.municipality", "d.sphere", "0"}) + " GROUP BY d.days";
  static const std::string organisations =
      "SELECT d.days, SUM(d.appeals) AS appeals FROM monitoring_appeal_days d JOIN monitoring_tallies t ON "
      "t.organisation_id = d.organisation_id AND t.year = d.year WHERE t.year = CAST($1 AS INTEGER) AND " +
      matching(kTallies) + " GROUP BY d.days";
  c->run(by_organisation(filter, MonitoringLevel::region) ? organisations : groups, bind(filter), [&](const Row& r) {
    if (r.i64("appeals") != 0) histogram[r.i64("days")] += r.i64("appeals");
  });
  if (!histogram.empty()) out.appeal_median_days = median(histogram);
  return out;
}

std::vector<CarrierFunnel> SqlMonitoringStore::funnel_by_carrier(const MonitoringFilter& filter) {
  static const std::string groups =
      "SELECT t.carrier, SUM(t.scans) AS scans, SUM(t.started) AS started, SUM(t.completed) AS completed "
      "FROM monitoring_group_funnel t "
      "WHERE t.year = CAST($1 AS INTEGER) AND " + matching(kGroups) + " GROUP BY t.carrier ORDER BY t.carrier";
  static const std::string organisations =
      "SELECT d.carrier, SUM(d.scans) AS scans, SUM(d.started) AS started, SUM(d.completed) AS completed "
      "FROM monitoring_funnel d "
      "JOIN monitoring_tallies t ON t.organisation_id = d.organisation_id AND t.year = d.year "
      "WHERE t.year = CAST($1 AS INTEGER) AND " + matching(kTallies) + " GROUP BY d.carrier ORDER BY d.carrier";
  std::vector<CarrierFunnel> out;
  auto c = pool_.acquire();
  c->run(by_organisation(filter, MonitoringLevel::region) ? organisations : groups, bind(filter), [&](const Row& r) {
    out.push_back({std::string(r.text("carrier")), {r.i64("scans"), r.i64("started"), r.i64("completed")}});
  });
  return out;
}

std::vector<int> SqlMonitoringStore::years(const MonitoringFilter& filter) {
  static const std::string groups = "SELECT DISTINCT t.year FROM monitoring_group_tallies t WHERE t.organisations > 0 "
                                    "AND " + matching(kGroups, 1) + " ORDER BY t.year DESC";
  static const std::string organisations =
      "SELECT DISTINCT t.year FROM monitoring_tallies t WHERE " + matching(kTallies, 1) + " ORDER BY t.year DESC";
  std::vector<int> out;
  auto c = pool_.acquire();
  c->run(filter.organisation_code.empty() ? groups : organisations, bind_place(filter),
         [&](const Row& r) { out.push_back(static_cast<int>(r.i64("year"))); });
  return out;
}

}  // namespace nok::sql
