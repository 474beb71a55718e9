#include "store/monitoring_fixture.h"

#include <chrono>
#include <cstdio>

#include "core/time.h"
#include "domain/ratings/rating.h"
#include "store/sql/monitoring_columns.h"
#include "support/organisations.h"

namespace nok::test {
namespace {

Organisation organisation(std::string code, Sphere sphere, std::string authority, std::string region,
                          std::string municipality) {
  auto o = test_organisation(code, "Организация " + code, sphere, std::move(authority), std::move(region));
  o.municipality = std::move(municipality);
  return o;
}

std::chrono::sys_days day_of(std::string_view iso) {
  int y = 0;
  unsigned m = 0, d = 0;
  std::sscanf(std::string(iso.substr(0, 10)).c_str(), "%d-%u-%u", &y, &m, &d);
  return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

}  // namespace

void MonitoringFixture::SetUp() {
  if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
  stores = sql::open_stores(store.url(), 4);
  counter = std::make_unique<sql::SqlPlacementStore>(stores->pool(), std::chrono::hours(1));
  year = current_year();
  (void)store->upsert_organisations({
      organisation("a1", Sphere::education, "Минобразования", "77", "Центральный"),
      organisation("a2", Sphere::education, "Минобразования", "77", "Центральный"),
      organisation("a3", Sphere::culture, "Минобразования", "77", "Северный"),
      organisation("b1", Sphere::health, "Минздрав", "50", "Химки"),
      organisation("b2", Sphere::health, "Минздрав", "50", "Люберцы"),
      organisation("x1", Sphere::health, "Минздрав", "50", "Химки"),  // not assessed
  });
  education = store->open_cycle("Минобразования", year, "344n-2019");
  store->include_in_cycle(education, {{"a1", 100}, {"a2", 200}, {"a3", 300}});
  health = store->open_cycle("Минздрав", year, "344n-2019");
  store->include_in_cycle(health, {{"b1", 40}, {"b2", 50}});
  education_last_year = store->open_cycle("Минобразования", year - 1, "344n-2019");
  store->include_in_cycle(education_last_year, {{"a1", 90}});
  cycle_of = {{"a1", education}, {"a2", education}, {"a3", education}, {"b1", health}, {"b2", health}};
  for (int i = 0; i < 6; ++i) citizens.push_back(store->upsert_citizen("citizen-" + std::to_string(i), ""));
}

void MonitoringFixture::run_sql(std::string_view sql, std::initializer_list<sql::Param> params) {
  auto c = stores->pool().acquire();
  c->run(sql, params);
}

std::map<std::string, MonitoringTotals> MonitoringFixture::recount(int y) {
  std::map<std::string, MonitoringTotals> out;
  auto c = stores->pool().acquire();
  const std::string yyyy = std::to_string(y), now = iso_utc_now(), today = now.substr(0, 10);
  auto each = [&](std::string_view sql, const std::function<void(MonitoringTotals&, const sql::Row&)>& add) {
    c->run(sql, {std::string_view(yyyy)}, [&](const sql::Row& r) { add(out[std::string(r.text("code"))], r); });
  };
  // The year of an event's own time, and of a cycle. Each statement returns the organisation's code.
  each("SELECT o.code, COUNT(*) AS assessed, SUM(co.sample_target) AS sample_target FROM cycle_organisations co JOIN cycles cy ON cy.id = "
       "co.cycle_id JOIN organisations o ON o.id = co.organisation_id WHERE CAST(cy.year AS TEXT) = $1 GROUP BY o.code",
       [](auto& t, const auto& r) { t.assessed = r.i64("assessed"), t.sample_target = r.i64("sample_target"); });
  each("SELECT o.code, r.channel, substr(r.collected_at, 6, 2) AS month, COUNT(*) AS n, "
       "SUM(r.confirmed_recipient) AS confirmed, SUM(r.assisted) AS assisted, "
       "SUM(CASE WHEN r.channel = 'kiosk' AND r.citizen_id IS NULL THEN 1 ELSE 0 END) AS kiosk_unconfirmed "
       "FROM responses r JOIN cycles cy ON cy.id = "
       "r.cycle_id JOIN organisations o ON o.id = r.organisation_id WHERE r.status = 'counted' AND "
       "CAST(cy.year AS TEXT) = $1 GROUP BY o.code, r.channel, substr(r.collected_at, 6, 2)",
       [](auto& t, const auto& r) {
         t.respondents += r.i64("n");
         t.respondents_confirmed += r.i64("confirmed");
         t.respondents_assisted += r.i64("assisted");
         t.respondents_kiosk_unconfirmed += r.i64("kiosk_unconfirmed");
         t.respondents_by_channel[static_cast<std::size_t>(*survey::parse_channel(r.text("channel")))] += r.i64("n");
         t.respondents_by_month[std::stoi(std::string(r.text("month"))) - 1] += r.i64("n");
       });
  static const std::string ratings_sql = [] {
    std::string columns;
    for (auto a : ratings::all_aspects()) {
      const std::string code(ratings::code(a));
      columns += ", COALESCE(SUM(x." + code + "), 0) AS " + code + "_points, COUNT(x." + code + ") AS " + code + "_answers";
    }
    return "SELECT o.code" + columns + " FROM ratings x JOIN organisations o ON o.id = x.organisation_id "
           "WHERE x.status = 'counted' AND substr(x.created_at, 1, 4) = $1 GROUP BY o.code";
  }();
  each(ratings_sql, [](auto& t, const auto& r) {
    for (auto a : ratings::all_aspects()) {
      const std::string code(ratings::code(a));
      const auto i = static_cast<std::size_t>(a);
      t.rating_points[i] = r.i64(code + "_points"), t.rating_answers[i] = r.i64(code + "_answers");
    }
  });
  each("SELECT o.code, x.agrees, COUNT(*) AS n FROM rating_opinions x JOIN organisations o ON o.id = x.organisation_id "
       "WHERE x.status = 'counted' AND substr(x.created_at, 1, 4) = $1 GROUP BY o.code, x.agrees",
       [](auto& t, const auto& r) { (r.i64("agrees") == 1 ? t.agree : t.disagree) += r.i64("n"); });
  each("SELECT o.code, COALESCE(x.tone, '') AS tone, x.status, CASE WHEN x.answer IS NULL THEN 0 ELSE 1 END "
       "AS answered, COUNT(*) AS n "
       "FROM reviews x JOIN organisations o ON o.id = x.organisation_id WHERE substr(x.created_at, 1, 4) = $1 "
       "GROUP BY o.code, COALESCE(x.tone, ''), x.status, CASE WHEN x.answer IS NULL THEN 0 ELSE 1 END",
       [](auto& t, const auto& r) {
         const auto n = r.i64("n");
         const auto tone = r.text("tone"), status = r.text("status");
         t.reviews += n;
         (tone == "positive" ? t.reviews_positive
          : tone == "negative" ? t.reviews_negative
          : tone == "neutral"  ? t.reviews_neutral
                               : t.reviews_untoned) += n;
         if (status == "published" && r.i64("answered")) t.reviews_answered += n;
         if (status == "pending") t.reviews_held += n;
         if (status == "rejected") t.reviews_rejected += n;
       });
  each("SELECT o.code, SUM(x.scans) AS scans, SUM(x.started) AS started, SUM(x.completed) AS completed, "
       "SUM(x.outgoing) AS outgoing FROM scan_counts x JOIN organisations o "
       "ON o.id = x.organisation_id WHERE substr(x.day, 1, 4) = $1 GROUP BY o.code",
       [](auto& t, const auto& r) {
         t.funnel = {r.i64("scans"), r.i64("started"), r.i64("completed"), r.i64("outgoing")};
       });
  each("SELECT o.code, COUNT(*) AS placements, COUNT(x.confirmed_at) AS confirmed FROM placements x JOIN organisations o ON o.id = "
       "x.organisation_id WHERE x.removed_at IS NULL AND substr(x.created_at, 1, 4) = $1 GROUP BY o.code",
       [](auto& t, const auto& r) { t.placements = r.i64("placements"), t.placements_confirmed = r.i64("confirmed"); });
  each("SELECT o.code, COUNT(*) AS plans, COUNT(p.published_at) AS published FROM plans p JOIN cycles cy ON cy.id = p.cycle_id "
       "JOIN organisations o ON o.id = p.organisation_id WHERE CAST(cy.year AS TEXT) = $1 GROUP BY o.code",
       [](auto& t, const auto& r) { t.plans = r.i64("plans"), t.plans_published = r.i64("published"); });
  std::map<std::string, std::map<std::int64_t, std::int64_t>> days;
  c->run("SELECT o.code, i.actual_date, i.planned_date FROM plan_items i JOIN plans p ON p.id = i.plan_id "
         "JOIN cycles cy ON cy.id = p.cycle_id JOIN organisations o ON o.id = p.organisation_id "
         "WHERE p.published_at IS NOT NULL AND CAST(cy.year AS TEXT) = $1",
         {std::string_view(yyyy)}, [&](const sql::Row& r) {
           auto& t = out[std::string(r.text("code"))];
           t.plan_items += 1;
           if (!r.null("actual_date")) t.plan_items_done += 1;
           else if (r.text("planned_date") < today) t.plan_items_overdue += 1;
         });
  c->run("SELECT o.code, x.created_at, x.due_at, x.answered_at FROM appeals x JOIN organisations o ON o.id = "
         "x.organisation_id WHERE substr(x.created_at, 1, 4) = $1",
         {std::string_view(yyyy)}, [&](const sql::Row& r) {
           const std::string code(r.text("code"));
           auto& t = out[code];
           t.appeals += 1;
           if (r.null("answered_at")) {
             if (r.text("due_at") < now) t.appeals_overdue_now += 1;
             return;
           }
           (r.text("answered_at") <= r.text("due_at") ? t.appeals_on_time : t.appeals_late) += 1;
           days[code][(day_of(r.text("answered_at")) - day_of(r.text("created_at"))).count()] += 1;
         });
  for (auto& [code, t] : out) {
    t.organisations = 1;
    if (!days.contains(code)) continue;
    std::vector<std::int64_t> all;
    for (const auto& [d, n] : days[code]) all.insert(all.end(), n, d);
    t.appeal_median_days = (all[(all.size() - 1) / 2] + all[all.size() / 2]) / 2.0;
  }
  return out;
}

MonitoringTotals MonitoringFixture::recount_sum(int y, const std::function<bool(const Organisation&)>& matches) {
  MonitoringTotals out;
  for (auto& [code, t] : recount(y)) {
    if (!matches(*store->find_organisation(code))) continue;
    out.organisations += t.organisations;
    out.appeals_overdue_now += t.appeals_overdue_now;
    out.plan_items_overdue += t.plan_items_overdue;
    for (const auto& column : sql::monitoring_columns()) column.field(out) += column.field(t);
  }
  return out;
}

MonitoringTotals MonitoringFixture::sum(const std::vector<MonitoringRow>& rows) {
  MonitoringTotals out;
  for (auto row : rows) {
    out.organisations += row.totals.organisations;
    out.appeals_overdue_now += row.totals.appeals_overdue_now;
    out.plan_items_overdue += row.totals.plan_items_overdue;
    for (const auto& column : sql::monitoring_columns()) column.field(out) += column.field(row.totals);
  }
  return out;
}

void MonitoringFixture::expect_same(const MonitoringTotals& actual, const MonitoringTotals& expected,
                                    const std::string& what, bool with_organisations) {
  auto a = actual, e = expected;
  for (const auto& column : sql::monitoring_columns())
    EXPECT_EQ(column.field(a), column.field(e)) << what << ": " << column.name;
  if (with_organisations) {
    EXPECT_EQ(a.organisations, e.organisations) << what << ": organisations";
  }
  EXPECT_EQ(a.appeals_overdue_now, e.appeals_overdue_now) << what << ": appeals_overdue_now";
  EXPECT_EQ(a.plan_items_overdue, e.plan_items_overdue) << what << ": plan_items_overdue";
}

}  // namespace nok::test
