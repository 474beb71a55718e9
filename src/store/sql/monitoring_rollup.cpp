// Roll-ups of the monitoring aggregates above organisations, the totals, the funnel and the
// years. A roll-up reads the groups' rows (one per year, region, authority, municipality and
// sphere: a few thousand for the whole country), or one organisation's rows when the filter
// names it; the organisation level is read page by page (monitoring_organisations.cpp). The
// rows are summed by SQL per key of the level, so a national roll-up reads 85 rows, not the
// thousands of groups (each cell read by name costs more than SQL's sum of it). What is not
// a sum — the median of answer days, what is overdue as of now — is computed per key from
// the merged histograms and from the open rows. Every WHERE holds only the
// conditions the filter sets (monitoring_query.h), each an equality on a leading column of
// the table's primary key or of one of its indexes.
#include <algorithm>
#include <tuple>

#include "core/time.h"
#include "store/sql/monitoring_columns.h"
#include "store/sql/monitoring_query.h"
#include "store/sql/sql_monitoring_store.h"

namespace nok::sql {
namespace {

// The group sums' histograms of answer days.
constexpr Place kGroupDays{"d.region_code", "d.authority_id", "d.municipality", "d.sphere", ""};

// One organisation's rows are read instead of the groups' when the filter names it.
bool one_organisation(const MonitoringFilter& f) { return !f.organisation_code.empty(); }

// A row's key and the region it belongs to, as SQL expressions (an organisation without an
// authority counts under authority 0, as in the sums). Levels above organisations only.
std::pair<std::string, std::string> key_of(MonitoringLevel level, const Place& p) {
  const std::string region(p.region);
  if (level == MonitoringLevel::authority)
    return {"CAST(COALESCE(" + std::string(p.authority) + ", 0) AS TEXT)", region};
  if (level == MonitoringLevel::municipality) return {std::string(p.municipality), region};
  return {region, region};
}

// key_of as the first columns of a select list, named row_key and row_region.
std::string select_key(MonitoringLevel level, const Place& p) {
  const auto [key, region] = key_of(level, p);
  return "SELECT " + key + " AS row_key, " + region + " AS row_region";
}

// GROUP BY the key and its region. By region they are one column, named once, so that SQLite
// groups in the order of the primary key instead of sorting the groups first.
std::string group_by_key(MonitoringLevel level, const Place& p) {
  const auto [key, region] = key_of(level, p);
  return " GROUP BY " + (key == region ? key : key + ", " + region);
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

// Sums the aggregates of the matching organisations per key of `level`.
void add_sums(Connection& c, const MonitoringFilter& f, MonitoringLevel level, Grouped& out) {
  const bool one = one_organisation(f);
  const Place& p = one ? kTallies : kGroups;
  Query q(select_key(level, p) + (one ? ", COUNT(*) AS organisations" : ", SUM(t.organisations) AS organisations") +
          summed_count_columns() + (one ? " FROM monitoring_tallies t" : " FROM monitoring_group_tallies t"));
  q.where("t.year = ").bind(std::int64_t{f.year});
  add_conditions(q, f, p);
  q += group_by_key(level, p);
  const auto& columns = monitoring_columns();
  q.run(c, [&](const Row& r) {
    auto& totals = out.at(level, r.text("row_key"), r.text("row_region")).totals;
    totals.organisations += r.i64("organisations");
    for (const auto& column : columns) column.field(totals) += r.i64(column.name);
  });
}

// The median of answer days per key, from the histograms.
void add_medians(Connection& c, const MonitoringFilter& f, MonitoringLevel level, Grouped& out) {
  const bool one = one_organisation(f);
  const Place& p = one ? kTallies : kGroupDays;
  Query q(select_key(level, p) + ", d.days AS days, SUM(d.appeals) AS appeals" +
          (one ? " FROM monitoring_appeal_days d JOIN monitoring_tallies t ON t.organisation_id = d.organisation_id "
                 "AND t.year = d.year"
               : " FROM monitoring_group_appeal_days d"));
  q.where(one ? "t.year = " : "d.year = ").bind(std::int64_t{f.year});
  q.where("d.appeals <> 0");
  add_conditions(q, f, p);
  q += group_by_key(level, p) + ", d.days";
  std::map<std::string, std::map<std::int64_t, std::int64_t>> histograms;
  q.run(c, [&](const Row& r) {
    histograms[map_key(level, r.text("row_key"), r.text("row_region"))][r.i64("days")] += r.i64("appeals");
  });
  for (auto& [key, histogram] : histograms)
    if (auto it = out.rows.find(key); it != out.rows.end()) it->second.totals.appeal_median_days = median(histogram);
}

// What is overdue as of now, counted over the open rows (partial indexes of migration 014).
void add_overdue(Connection& c, const MonitoringFilter& f, MonitoringLevel level, Grouped& out) {
  const std::string now = iso_utc_now(), today = now.substr(0, 10);
  const std::string from = std::to_string(f.year) + "-01-01", to = std::to_string(f.year + 1) + "-01-01";
  Query appeals(select_key(level, kRegistry) + ", COUNT(*) AS n FROM appeals a JOIN organisations o ON o.id = a.organisation_id");
  appeals.where("a.answered_at IS NULL");
  appeals.where("a.created_at >= ").bind(std::string_view(from));
  appeals.where("a.created_at < ").bind(std::string_view(to));
  appeals.where("a.due_at < ").bind(std::string_view(now));
  add_conditions(appeals, f, kRegistry);
  appeals += group_by_key(level, kRegistry);
  appeals.run(c, [&](const Row& r) {
    out.at(level, r.text("row_key"), r.text("row_region")).totals.appeals_overdue_now += r.i64("n");
  });

  Query items(select_key(level, kRegistry) +
              ", COUNT(*) AS n FROM plan_items i JOIN plans p ON p.id = i.plan_id JOIN cycles cy ON cy.id = p.cycle_id "
              "JOIN organisations o ON o.id = p.organisation_id");
  items.where("i.actual_date IS NULL");
  items.where("i.planned_date < ").bind(std::string_view(today));
  items.where("p.published_at IS NOT NULL");
  items.where("cy.year = ").bind(std::int64_t{f.year});
  add_conditions(items, f, kRegistry);
  items += group_by_key(level, kRegistry);
  items.run(c, [&](const Row& r) {
    out.at(level, r.text("row_key"), r.text("row_region")).totals.plan_items_overdue += r.i64("n");
  });
}

// What people call each row: the region's or the authority's name, the municipality's own.
void name_rows(Connection& c, MonitoringLevel level, std::vector<MonitoringRow>& rows) {
  std::map<std::string, std::pair<std::string, std::string>> names;  // key → name, region
  auto add = [&](const Row& r) {
    names[std::string(r.text("row_key"))] = {std::string(r.text("name")), std::string(r.text("row_region"))};
  };
  if (level == MonitoringLevel::region) c.run("SELECT code AS row_key, name, code AS row_region FROM regions", {}, add);
  if (level == MonitoringLevel::authority)
    c.run("SELECT CAST(id AS TEXT) AS row_key, name, COALESCE(region_code, '') AS row_region FROM authorities", {},
          add);
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
  std::vector<MonitoringRow> out;
  if (level == MonitoringLevel::organisation) {
    for_each_organisation(filter, [&](const MonitoringRow& row) {
      out.push_back(row);
      return true;
    });
    return out;
  }
  out = reads_.run([&](Connection& c) {
    Grouped grouped;
    add_sums(c, filter, level, grouped);
    add_medians(c, filter, level, grouped);
    add_overdue(c, filter, level, grouped);
    std::vector<MonitoringRow> rows;
    rows.reserve(grouped.rows.size());
    for (auto& [key, row] : grouped.rows) rows.push_back(std::move(row));
    name_rows(c, level, rows);
    return rows;
  });
  std::sort(out.begin(), out.end(), [](const MonitoringRow& a, const MonitoringRow& b) {
    return std::tie(a.name, a.region_code, a.key) < std::tie(b.name, b.region_code, b.key);
  });
  return out;
}

MonitoringTotals SqlMonitoringStore::totals(const MonitoringFilter& filter) {
  return reads_.run([&](Connection& c) {
    MonitoringTotals out;
    // The sums of any level's rows; the median of the merged histograms.
    Grouped grouped;
    add_sums(c, filter, MonitoringLevel::region, grouped);
    add_overdue(c, filter, MonitoringLevel::region, grouped);
    const auto& columns = monitoring_columns();
    for (auto& [key, row] : grouped.rows) {
      out.organisations += row.totals.organisations;
      out.appeals_overdue_now += row.totals.appeals_overdue_now;
      out.plan_items_overdue += row.totals.plan_items_overdue;
      for (const auto& column : columns) column.field(out) += column.field(row.totals);
    }
    const bool one = one_organisation(filter);
    Query q(one ? "SELECT d.days AS days, SUM(d.appeals) AS appeals FROM monitoring_appeal_days d JOIN "
                  "monitoring_tallies t "
                  "ON t.organisation_id = d.organisation_id AND t.year = d.year"
                : "SELECT d.days AS days, SUM(d.appeals) AS appeals FROM monitoring_group_appeal_days d");
    q.where(one ? "t.year = " : "d.year = ").bind(std::int64_t{filter.year});
    add_conditions(q, filter, one ? kTallies : kGroupDays);
    q += " GROUP BY d.days";
    std::map<std::int64_t, std::int64_t> histogram;
    q.run(c, [&](const Row& r) {
      if (r.i64("appeals") != 0) histogram[r.i64("days")] += r.i64("appeals");
    });
    if (!histogram.empty()) out.appeal_median_days = median(histogram);
    return out;
  });
}

std::vector<CarrierFunnel> SqlMonitoringStore::funnel_by_carrier(const MonitoringFilter& filter) {
  const bool one = one_organisation(filter);
  Query q(one ? "SELECT d.carrier AS carrier, SUM(d.scans) AS scans, SUM(d.started) AS started, "
                "SUM(d.completed) AS completed, SUM(d.outgoing) AS outgoing FROM monitoring_funnel d "
                "JOIN monitoring_tallies t ON t.organisation_id = d.organisation_id AND t.year = d.year"
              : "SELECT t.carrier AS carrier, SUM(t.scans) AS scans, SUM(t.started) AS started, "
                "SUM(t.completed) AS completed, SUM(t.outgoing) AS outgoing FROM monitoring_group_funnel t");
  q.where("t.year = ").bind(std::int64_t{filter.year});
  add_conditions(q, filter, one ? kTallies : kGroups);
  q += one ? " GROUP BY d.carrier ORDER BY d.carrier" : " GROUP BY t.carrier ORDER BY t.carrier";
  return reads_.run([&](Connection& c) {
    std::vector<CarrierFunnel> out;
    q.run(c, [&](const Row& r) {
      out.push_back(
          {std::string(r.text("carrier")), {r.i64("scans"), r.i64("started"), r.i64("completed"), r.i64("outgoing")}});
    });
    return out;
  });
}

std::vector<int> SqlMonitoringStore::years(const MonitoringFilter& filter) {
  const bool one = one_organisation(filter);
  Query q(one ? "SELECT DISTINCT t.year AS year FROM monitoring_tallies t"
              : "SELECT DISTINCT t.year AS year FROM monitoring_group_tallies t");
  if (!one) q.where("t.organisations > 0");
  add_conditions(q, filter, one ? kTallies : kGroups);
  q += " ORDER BY t.year DESC";
  return reads_.run([&](Connection& c) {
    std::vector<int> out;
    q.run(c, [&](const Row& r) { out.push_back(static_cast<int>(r.i64("year"))); });
    return out;
  });
}

}  // namespace nok::sql
