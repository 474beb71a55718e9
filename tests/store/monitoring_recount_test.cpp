// The monitoring aggregates after a random sequence of every kind of event equal a recount
// from the event tables, on both engines, read at once or a few organisations a page; and so
// do those an upgrade to migration 014 fills.
#include <random>

#include "app/staff/audit.h"
#include "core/time.h"
#include "store/monitoring_fixture.h"
#include "support/feedback_waits.h"

namespace nok {
namespace {

class MonitoringRecount : public test::MonitoringFixture {
 protected:
  static AuditEntry audit(std::string action) { return audit_entry(0, action, "test", "1", {}, {{"x", 1}}); }

  template <class T>
  T& any(std::vector<T>& v) {
    return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(random)];
  }
  int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); }
  std::string key() { return "k" + std::to_string(++keys); }

  void respond(const std::string& org) {
    NewResponse n;
    n.response.org = org;
    // Every channel and month: each has its own delta statement.
    n.response.channel = survey::all_channels()[below(static_cast<int>(survey::all_channels().size()))];
    const int month = 1 + below(12);
    n.response.collected_at = std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month) + "-15T10:00:00Z";
    for (auto item : survey::all_items()) n.response.answers[item] = below(2) ? survey::Answer::yes : survey::Answer::no;
    n.cycle_id = cycle_of.at(org);
    n.questionnaire = "675n-2018/core";
    n.citizen_id = any(citizens);
    if (n.response.channel == survey::Channel::kiosk) {  // a terminal: maybe unconfirmed, maybe helped
      if (below(2)) n.citizen_id = 0;
      n.kiosk_id = 1;
      n.assisted = below(2) == 0;
    }
    n.idempotency_key = key();
    if (below(5) == 0) n.moderation_reason = "mass_posting";
    auto out = store->submit_response(n);
    if (!out.counted) held_responses.push_back(out.response_id);
  }

  void run_random_sequence(int steps) {
    std::vector<std::string> assessed{"a1", "a2", "a3", "b1", "b2"}, all{"a1", "a2", "a3", "b1", "b2", "x1"};
    for (int step = 0; step < steps; ++step) {
      const std::string org = any(assessed);
      switch (below(13)) {
        case 0:
        case 1: respond(org); break;
        case 2:
          if (!held_responses.empty()) {
            (void)stores->moderation.decide_response(held_responses.back(), below(2), 0, audit("response.decide"));
            held_responses.pop_back();
          }
          break;
        case 3: {
          AspectPoints points{};
          for (auto& p : points)
            if (below(3)) p = static_cast<std::uint8_t>(1 + below(5));
          points[0] = 3;  // at least one aspect
          (void)submit_rating(*store, {{org, any(citizens), key()}, cycle_of.at(org), points});
          break;
        }
        case 4: (void)submit_opinion(*store, {{org, any(citizens), key()}, cycle_of.at(org), below(2) == 0, "", 80.0}); break;
        case 5: {
          NewReview r{{any(all), any(citizens), key()}, "Отзыв", below(3) == 0 ? "abuse" : "", {}, std::nullopt};
          if (below(5)) r.tone = feedback::all_tones()[below(3)];
          const auto stored = submit_review(*store, r);
          (stored.status == "pending" ? pending_reviews : published_reviews).push_back({r.from.org, stored.id});
          break;
        }
        case 6:
          if (!pending_reviews.empty()) {
            const auto [code, id] = pending_reviews.back();
            pending_reviews.pop_back();
            const bool publish = below(2);
            ASSERT_TRUE(stores->moderation.decide_review(id, publish, 0, audit("review.decide")));
            if (publish) published_reviews.push_back({code, id});
          }
          break;
        case 7:
          if (!published_reviews.empty()) {
            const auto& [code, id] = any(published_reviews);
            ASSERT_TRUE(store->answer_review(code, id, "Спасибо за отзыв", 0, audit("review.answer")));
          }
          break;
        case 8: {
          // Due long ago (answered late, or overdue now) or far ahead (answered on time).
          const std::string due = below(2) ? "2000-01-01T00:00:00Z" : "2999-01-01T00:00:00Z";
          appeals.push_back(submit_appeal(*store, {{any(all), any(citizens), key()}, "Тема", "Текст", due, {}}).id);
          break;
        }
        case 9:
          if (!appeals.empty()) {
            (void)store->answer_appeal(appeals.back(), "Ответ", 0, audit("appeal.answer"));
            appeals.pop_back();
          }
          break;
        case 10:
          if (!placements.empty() && below(3)) {
            const auto& [code, id] = any(placements);  // a removed one counts nowhere
            counter->count(code, id, static_cast<FunnelStage>(below(4)));
          } else {
            counter->count(any(all), 0, static_cast<FunnelStage>(below(4)));
          }
          break;
        case 11:
          if (placements.empty() || below(3) == 0) {
            const std::string code = any(all);
            const char* carriers[] = {"poster_a4", "label", "website"};
            auto p = stores->placements.add_placement(
                {0, store->find_organisation(code)->id, carriers[below(3)], "entrance", "", "", ""},
                audit("placement.create"));
            placements.push_back({code, p.id});
          } else if (below(2)) {
            (void)stores->placements.confirm_placement(any(placements).second, 0, audit("placement.confirm"));
          } else {
            (void)stores->placements.remove_placement(any(placements).second, audit("placement.remove"));
          }
          break;
        case 12:
          store->include_in_cycle(cycle_of.at(org), {{org, 10 + below(300)}});  // a new sample target
          break;
      }
    }
    (void)counter->funnel(0, "", "");  // writes the buffered scan counts
  }

  // A plan approved with three items (one done, one overdue, one ahead), and a draft.
  void add_plans() {
    auto plan_of = [&](const std::string& code, std::int64_t cycle) {
      const auto organisation = store->find_organisation(code)->id;
      EXPECT_TRUE(stores->plans.create_plan(organisation, cycle, audit("plan.create")));
      return *stores->plans.plan_for(organisation, cycle);
    };
    auto change = [&](std::int64_t id) {
      return PlanChange{id, stores->plans.find_plan(id)->version, audit("plan.change")};
    };
    const auto official = *stores->staff.create_account({"official", staff::Role::official}, audit("user.create"));
    const auto approved = plan_of("a1", education).id;
    for (const char* planned : {"2000-05-01", "2000-06-01", "2999-05-01"})
      ASSERT_TRUE(stores->plans.add_item(change(approved), {1, "Недостаток", "Мера", planned, "Иванов", "директор"}));
    ASSERT_TRUE(stores->plans.submit(change(approved)));
    ASSERT_TRUE(stores->plans.approve(change(approved), official));
    const auto item = stores->plans.find_plan(approved)->items.front().id;
    ASSERT_TRUE(stores->plans.report(change(approved), item, {"Сделано", "2000-04-01"}));
    const auto draft = plan_of("b1", health).id;
    ASSERT_TRUE(stores->plans.add_item(change(draft), {2, "Недостаток", "Мера", "2000-01-01", "Петров", "врач"}));
  }

  void expect_recount(const std::string& when) {
    const auto expected = recount(year);
    std::map<std::string, MonitoringTotals> actual;
    for (const auto& row : stores->monitoring.rollup({.year = year}, MonitoringLevel::organisation))
      actual[row.key] = row.totals;
    for (const auto& [code, totals] : expected) {
      ASSERT_TRUE(actual.contains(code)) << when << ": " << code;
      expect_same(actual[code], totals, when + ", " + code, false);
      EXPECT_EQ(actual[code].appeal_median_days, totals.appeal_median_days) << when << ", " << code;
    }
    for (const auto& [code, totals] : actual)
      if (!expected.contains(code)) expect_same(totals, MonitoringTotals{}, when + ", untouched " + code, false);
  }

  std::mt19937 random{20260};
  int keys = 0;
  std::vector<std::int64_t> held_responses, appeals;
  std::vector<std::pair<std::string, std::int64_t>> pending_reviews, published_reviews, placements;
};

TEST_F(MonitoringRecount, AfterARandomSequenceOfEventsTheAggregatesEqualARecount) {
  add_plans();
  run_random_sequence(400);
  expect_recount("after the events");
  // The sample is rich enough to mean something.
  const auto totals = stores->monitoring.totals({.year = year});
  EXPECT_GT(totals.respondents, 10);
  EXPECT_GT(totals.reviews_held + totals.reviews_rejected, 0);
  EXPECT_GT(totals.appeals_on_time, 0);
  EXPECT_GT(totals.appeals_late, 0);
  EXPECT_GT(totals.funnel.scans, 0);
  EXPECT_GT(totals.funnel.outgoing, 0);
  EXPECT_EQ(totals.plan_items_overdue, 1);
  EXPECT_TRUE(totals.appeal_median_days);
}

TEST_F(MonitoringRecount, OrganisationsReadAFewAPageComeInOrderOfNameAndCodeWithTheirOwnFigures) {
  add_plans();
  run_random_sequence(400);
  run_sql("UPDATE organisations SET short_name = 'Школа' WHERE code IN ('b2', 'a3')");  // the code decides
  const auto expected = recount(year);
  ASSERT_TRUE(expected.contains("x1"));  // touched by the sequence, though not assessed
  auto read = [&](sql::SqlMonitoringStore& monitoring, const MonitoringFilter& filter) {
    std::vector<MonitoringRow> rows;
    monitoring.for_each_organisation(filter, [&](const MonitoringRow& row) {
      rows.push_back(row);
      return true;
    });
    return rows;
  };
  auto codes = [](const std::vector<MonitoringRow>& rows) {
    std::vector<std::string> out;
    for (const auto& row : rows) out.push_back(row.key);
    return out;
  };
  auto expect_recounted = [&](const std::vector<MonitoringRow>& rows, const std::string& what) {
    for (const auto& row : rows) {
      ASSERT_TRUE(expected.contains(row.key)) << what << ": " << row.key;
      const auto& totals = expected.at(row.key);
      expect_same(row.totals, totals, what + ", " + row.key);
      EXPECT_EQ(row.totals.appeal_median_days, totals.appeal_median_days) << what << ", " << row.key;
      EXPECT_EQ(row.name, row.key == "a3" || row.key == "b2" ? "Школа" : "Организация " + row.key) << what;
      EXPECT_EQ(row.region_code, store->find_organisation(row.key)->region_code) << what;
    }
  };

  for (const std::size_t page : {1u, 2u, 4u}) {
    sql::SqlMonitoringStore paged(stores->pool(), stores->main->public_reads(), page);
    const std::string what = "pages of " + std::to_string(page);
    const auto all = read(paged, {.year = year});
    EXPECT_EQ(codes(all), (std::vector<std::string>{"a1", "a2", "b1", "x1", "a3", "b2"})) << what;
    expect_recounted(all, what);
    const auto region = read(paged, {.year = year, .region_code = "50"});
    EXPECT_EQ(codes(region), (std::vector<std::string>{"b1", "x1", "b2"})) << what;
    expect_recounted(region, what + ", region 50");
    const auto sphere = read(paged, {.year = year, .region_code = "77", .sphere = "education"});
    EXPECT_EQ(codes(sphere), (std::vector<std::string>{"a1", "a2"})) << what;
    expect_recounted(sphere, what + ", education in 77");
    EXPECT_EQ(codes(read(paged, {.year = year, .organisation_code = "a3"})), std::vector<std::string>{"a3"}) << what;
    EXPECT_TRUE(read(paged, {.year = year - 5}).empty()) << what;
  }

  // The roll-up's organisation level is the same rows; the reading stops when asked to.
  const auto rollup = stores->monitoring.rollup({.year = year}, MonitoringLevel::organisation);
  EXPECT_EQ(codes(rollup), (std::vector<std::string>{"a1", "a2", "b1", "x1", "a3", "b2"}));
  expect_recounted(rollup, "roll-up");
  sql::SqlMonitoringStore paged(stores->pool(), stores->main->public_reads(), 2);
  int handed = 0;
  paged.for_each_organisation({.year = year}, [&](const MonitoringRow&) { return ++handed < 3; });
  EXPECT_EQ(handed, 3);
}

TEST_F(MonitoringRecount, AnUpgradedDatabaseIsRecountedByTheMigration) {
  add_plans();
  run_random_sequence(200);
  const auto before = stores->monitoring.totals({.year = year});
  // Back to schema 13, as a database written before monitoring existed: no tone, no aggregates.
  for (const char* table : {"monitoring_tallies", "monitoring_group_tallies", "monitoring_appeal_days",
                            "monitoring_group_appeal_days", "monitoring_funnel", "monitoring_group_funnel",
                            "monitoring_notes"})
    run_sql("DROP TABLE " + std::string(table));
  run_sql("DROP INDEX appeals_open");
  run_sql("DROP INDEX plan_items_open");
  run_sql("ALTER TABLE reviews DROP COLUMN tone");
  run_sql("DROP TABLE api_tokens");  // migration 015, which comes back with 014
  // Migration 025 added columns to the tables dropped and to these: it comes back too, and the
  // scans sent on to bus.gov.ru, which no database before it counted, start from none.
  for (const char* column : {"organisations DROP COLUMN bus_gov_card", "organisations DROP COLUMN qr_destination",
                             "regions DROP COLUMN qr_destination", "scan_counts DROP COLUMN outgoing"})
    run_sql("ALTER TABLE " + std::string(column));
  // Migration 028 added columns to the tables dropped: it comes back and recounts them.
  run_sql("DELETE FROM schema_migrations WHERE version IN (14, 15, 25, 28)");
  EXPECT_EQ(store->migrate().size(), 4u);
  expect_recount("after the upgrade");
  auto after = stores->monitoring.totals({.year = year});
  EXPECT_EQ(after.reviews_untoned, before.reviews);  // tones were dropped with the column
  after.reviews_untoned = before.reviews_untoned;
  after.reviews_positive = before.reviews_positive;
  after.reviews_negative = before.reviews_negative;
  after.reviews_neutral = before.reviews_neutral;
  EXPECT_EQ(after.funnel.outgoing, 0);
  after.funnel.outgoing = before.funnel.outgoing;
  expect_same(after, before, "upgrade", false);
  EXPECT_EQ(after.appeal_median_days, before.appeal_median_days);
}

}  // namespace
}  // namespace nok
