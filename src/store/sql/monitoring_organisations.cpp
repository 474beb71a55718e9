// The organisation level of the monitoring, a page at a time in order of name and code (the
// index of migration 017). A page is the next organisations after the last one handed on
// (keyset pagination: a range of the index, never an OFFSET that rereads what came before);
// the median of their answer days and what they have overdue are read for the same range.
// So neither memory nor any one query grows with the number of organisations in the country.
#include <map>
#include <optional>
#include <unordered_map>

#include "core/time.h"
#include "store/sql/monitoring_columns.h"
#include "store/sql/monitoring_query.h"
#include "store/sql/sql_monitoring_store.h"

namespace nok::sql {
namespace {

// An organisation's place in the order: its name, then its (unique) code.
struct Position {
  std::string name, code;
};

// A page: its rows in order, each found by its code.
struct Page {
  std::vector<MonitoringRow> rows;
  std::unordered_map<std::string_view, MonitoringRow*> by_code;  // views of the rows' keys

  MonitoringRow* find(std::string_view code) {
    const auto it = by_code.find(code);
    return it == by_code.end() ? nullptr : it->second;
  }
};

// "FROM organisations o CROSS JOIN <table>" with the organisations `f` matches, after `after`
// and up to `last` in the order (either may be absent). CROSS JOIN makes SQLite start from
// the organisations, walking the name index (or the filter's own index for a region or an
// authority); left to choose, it would start from the year's rows of `table` and sort the
// whole country for every page. PostgreSQL reorders a CROSS JOIN as any other.
Query from_organisations(std::string select, std::string_view table, const MonitoringFilter& f,
                         const Position* after, const Position* last) {
  Query q(select + " FROM organisations o CROSS JOIN " + std::string(table));
  add_conditions(q, f, kRegistry);
  if (after) {
    q.where("(o.short_name, o.code) > (").bind(std::string_view(after->name)) += ", ";
    q.bind(std::string_view(after->code)) += ")";
  }
  if (last) {
    q.where("(o.short_name, o.code) <= (").bind(std::string_view(last->name)) += ", ";
    q.bind(std::string_view(last->code)) += ")";
  }
  return q;
}

// Up to `size` organisations after `after` with their sums.
Page read_sums(Connection& c, const MonitoringFilter& f, const Position* after, std::size_t size) {
  auto q = from_organisations("SELECT o.code AS code, o.short_name AS name, t.region_code AS region_code" +
                                  count_columns(),
                              "monitoring_tallies t", f, after, nullptr);
  q.where("t.organisation_id = o.id");
  q.where("t.year = ").bind(std::int64_t{f.year});
  q += " ORDER BY o.short_name, o.code LIMIT ";
  q.bind(static_cast<std::int64_t>(size));
  Page page;
  page.rows.reserve(size);
  const auto& columns = monitoring_columns();
  q.run(c, [&](const Row& r) {
    MonitoringRow row{std::string(r.text("code")), std::string(r.text("name")), std::string(r.text("region_code")), {}};
    row.totals.organisations = 1;
    for (const auto& column : columns) column.field(row.totals) = r.i64(column.name);
    page.rows.push_back(std::move(row));
  });
  for (auto& row : page.rows) page.by_code.emplace(row.key, &row);
  return page;
}

// The medians of answer days and what is overdue as of `now`, for the page that runs from
// after `after` to its last row.
void add_the_rest(Connection& c, const MonitoringFilter& f, const Position* after, const std::string& now,
                  Page& page) {
  const Position last{page.rows.back().name, page.rows.back().key};
  const auto year = std::int64_t{f.year};

  auto days = from_organisations("SELECT o.code AS code, d.days AS days, d.appeals AS appeals",
                                 "monitoring_appeal_days d", f, after, &last);
  days.where("d.organisation_id = o.id");
  days.where("d.year = ").bind(year);
  days.where("d.appeals <> 0");
  std::unordered_map<MonitoringRow*, std::map<std::int64_t, std::int64_t>> histograms;
  days.run(c, [&](const Row& r) {
    if (auto* row = page.find(r.text("code"))) histograms[row][r.i64("days")] += r.i64("appeals");
  });
  for (auto& [row, histogram] : histograms) row->totals.appeal_median_days = median(histogram);

  const std::string from = std::to_string(f.year) + "-01-01", to = std::to_string(f.year + 1) + "-01-01";
  // Counted here rather than by GROUP BY o.code, which would lead SQLite to walk the code
  // index through the whole country instead of the page's range of the name index.
  auto appeals = from_organisations("SELECT o.code AS code", "appeals a", f, after, &last);
  appeals.where("a.organisation_id = o.id");
  appeals.where("a.answered_at IS NULL");
  appeals.where("a.created_at >= ").bind(std::string_view(from));
  appeals.where("a.created_at < ").bind(std::string_view(to));
  appeals.where("a.due_at < ").bind(std::string_view(now));
  appeals.run(c, [&](const Row& r) {
    if (auto* row = page.find(r.text("code"))) ++row->totals.appeals_overdue_now;
  });

  const std::string today = now.substr(0, 10);
  auto items = from_organisations("SELECT o.code AS code",
                                  "plans p CROSS JOIN cycles cy CROSS JOIN plan_items i", f, after, &last);
  items.where("p.organisation_id = o.id");
  items.where("cy.id = p.cycle_id");
  items.where("cy.year = ").bind(year);
  items.where("p.published_at IS NOT NULL");
  items.where("i.plan_id = p.id");
  items.where("i.actual_date IS NULL");
  items.where("i.planned_date < ").bind(std::string_view(today));
  items.run(c, [&](const Row& r) {
    if (auto* row = page.find(r.text("code"))) ++row->totals.plan_items_overdue;
  });
}

}  // namespace

void SqlMonitoringStore::for_each_organisation(const MonitoringFilter& filter,
                                               const std::function<bool(const MonitoringRow&)>& on_row) {
  const std::string now = iso_utc_now();
  std::optional<Position> after;
  for (;;) {
    // The connection goes back before the rows are handed on.
    const Page page = reads_.run([&](Connection& c) {
      Page read = read_sums(c, filter, after ? &*after : nullptr, page_size_);
      if (!read.rows.empty()) add_the_rest(c, filter, after ? &*after : nullptr, now, read);
      return read;
    });
    if (page.rows.empty()) return;
    for (const auto& row : page.rows)
      if (!on_row(row)) return;
    if (page.rows.size() < page_size_) return;
    after = Position{page.rows.back().name, page.rows.back().key};
  }
}

}  // namespace nok::sql
