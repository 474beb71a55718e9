// Roll-ups of the monitoring aggregates on both engines: every level sums to the totals,
// filters pick their organisations, figures belong to their year, a moved organisation
// counts where it is now, and the calendar and the notes.
#include "app/staff/audit.h"
#include "core/time.h"
#include "store/monitoring_fixture.h"
#include "support/feedback_waits.h"

namespace nok {
namespace {

class MonitoringRollup : public test::MonitoringFixture {
 protected:
  static AuditEntry audit(std::string action) { return audit_entry(0, action, "test", "1", {}, {{"x", 1}}); }

  void respond(const std::string& org, std::int64_t cycle, std::int64_t citizen, survey::Channel channel,
               std::string collected_at) {
    NewResponse n;
    n.response.org = org;
    n.response.channel = channel;
    n.response.collected_at = std::move(collected_at);
    n.cycle_id = cycle;
    n.questionnaire = "675n-2018/core";
    n.citizen_id = citizen;
    n.idempotency_key = "k" + std::to_string(++keys);
    ASSERT_TRUE(store->submit_response(n).counted);
  }

  // A few events in every organisation of this year, and one response of last year.
  void add_events() {
    int i = 0;
    for (const auto& [code, cycle] : cycle_of) {
      respond(code, cycle, citizens[0], survey::Channel::web, std::to_string(year) + "-03-01");
      respond(code, cycle, citizens[1], survey::Channel::operator_paper, std::to_string(year) + "-04-01");
      (void)submit_review(*store, {{code, citizens[2], "r" + code}, "Отзыв", "", {}, feedback::ReviewTone::positive});
      (void)submit_appeal(*store, {{code, citizens[3], "a" + code}, "Тема", "Текст", "2000-01-01T00:00:00Z", {}});
      counter->count(code, 0, FunnelStage::scan);
      ++i;
    }
    (void)submit_review(*store, {{"x1", citizens[2], "rx"}, "Отзыв", "", {}, feedback::ReviewTone::negative});
    respond("a1", education_last_year, citizens[0], survey::Channel::web, std::to_string(year - 1) + "-05-01");
    (void)counter->funnel(0, "", "");
  }

  int keys = 0;
};

TEST_F(MonitoringRollup, EveryLevelSumsToTheTotals) {
  add_events();
  const MonitoringFilter all{.year = year};
  const auto totals = stores->monitoring.totals(all);
  EXPECT_EQ(totals.organisations, 6);
  EXPECT_EQ(totals.assessed, 5);
  EXPECT_EQ(totals.sample_target, 690);
  EXPECT_EQ(totals.respondents, 10);
  EXPECT_EQ(totals.reviews_positive, 5);
  EXPECT_EQ(totals.appeals_overdue_now, 5);
  expect_same(totals, recount_sum(year, [](const Organisation&) { return true; }), "totals", false);
  for (auto level : {MonitoringLevel::region, MonitoringLevel::authority, MonitoringLevel::municipality,
                     MonitoringLevel::organisation})
    expect_same(sum(stores->monitoring.rollup(all, level)), totals, "level " + std::to_string(static_cast<int>(level)));

  const auto regions = stores->monitoring.rollup(all, MonitoringLevel::region);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].key, "77");  // by name: «Москва» before «Московская область»
  EXPECT_EQ(regions[0].region_code, "77");
  const auto municipalities = stores->monitoring.rollup(all, MonitoringLevel::municipality);
  ASSERT_EQ(municipalities.size(), 4u);
  for (const auto& row : municipalities) EXPECT_FALSE(row.region_code.empty()) << row.key;
  const auto authorities = stores->monitoring.rollup(all, MonitoringLevel::authority);
  ASSERT_EQ(authorities.size(), 2u);
  EXPECT_EQ(authorities[0].name, "Минздрав");
  EXPECT_EQ(authorities[0].totals.organisations, 3);
}

TEST_F(MonitoringRollup, FiltersPickTheirOrganisations) {
  add_events();
  const auto authority = [&](const std::string& name) {
    for (const auto& row : stores->monitoring.rollup({.year = year}, MonitoringLevel::authority))
      if (row.name == name) return std::stoll(row.key);
    return 0LL;
  };
  const std::vector<std::pair<MonitoringFilter, std::function<bool(const Organisation&)>>> cases{
      {{.year = year, .region_code = "77"}, [](const Organisation& o) { return o.region_code == "77"; }},
      {{.year = year, .authority_id = authority("Минздрав")}, [](const Organisation& o) { return o.authority == "Минздрав"; }},
      {{.year = year, .municipality = "Химки"}, [](const Organisation& o) { return o.municipality == "Химки"; }},
      {{.year = year, .sphere = "education"}, [](const Organisation& o) { return o.sphere == Sphere::education; }},
      {{.year = year, .organisation_code = "b2"}, [](const Organisation& o) { return o.code == "b2"; }},
      {{.year = year, .region_code = "50", .municipality = "Химки", .sphere = "health"},
       [](const Organisation& o) { return o.municipality == "Химки"; }},
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const auto& [filter, matches] = cases[i];
    const auto expected = recount_sum(year, matches);
    expect_same(stores->monitoring.totals(filter), expected, "filter " + std::to_string(i), false);
    expect_same(sum(stores->monitoring.rollup(filter, MonitoringLevel::organisation)), expected,
                "organisations of filter " + std::to_string(i), false);
    EXPECT_GT(expected.reviews, 0) << i;
  }
  EXPECT_EQ(stores->monitoring.totals({.year = year, .organisation_code = "b2"}).organisations, 1);
  const auto funnel = stores->monitoring.funnel_by_carrier({.year = year, .region_code = "50"});
  ASSERT_EQ(funnel.size(), 1u);
  EXPECT_EQ(funnel[0].carrier, "");
  EXPECT_EQ(funnel[0].counts.scans, 2);
}

TEST_F(MonitoringRollup, AResponseCountsInItsCyclesYearAndOtherEventsInTheirOwn) {
  add_events();
  const auto last = stores->monitoring.totals({.year = year - 1});
  EXPECT_EQ(last.respondents, 1);
  EXPECT_EQ(last.assessed, 1);
  EXPECT_EQ(last.sample_target, 90);
  EXPECT_EQ(last.reviews, 0);
  EXPECT_EQ(last.organisations, 1);
  EXPECT_EQ(stores->monitoring.years({}), (std::vector<int>{year, year - 1}));
  EXPECT_EQ(stores->monitoring.years({.organisation_code = "b1"}), std::vector<int>{year});
  EXPECT_EQ(stores->monitoring.totals({.year = year - 2}).organisations, 0);
}

TEST_F(MonitoringRollup, AnOrganisationMovedToAnotherMunicipalityCountsUnderTheNewOne) {
  add_events();
  auto moved = *store->find_organisation("a2");
  moved.municipality = "Северный";
  (void)store->upsert_organisations({moved});
  const MonitoringFilter all{.year = year};
  std::map<std::string, MonitoringTotals> by_municipality;
  for (const auto& row : stores->monitoring.rollup(all, MonitoringLevel::municipality)) by_municipality[row.key] = row.totals;
  EXPECT_EQ(by_municipality["Центральный"].organisations, 1);
  EXPECT_EQ(by_municipality["Центральный"].respondents, 2);
  EXPECT_EQ(by_municipality["Северный"].organisations, 2);
  EXPECT_EQ(by_municipality["Северный"].respondents, 4);
  EXPECT_EQ(by_municipality["Северный"].sample_target, 500);
  EXPECT_EQ(stores->monitoring.totals({.year = year, .municipality = "Северный"}).appeals, 2);
  expect_same(sum(stores->monitoring.rollup(all, MonitoringLevel::municipality)), stores->monitoring.totals(all),
              "after the move");
  // The region moves too, with its funnel and answer days.
  ASSERT_TRUE(store->answer_appeal(store->organisation_appeals("a2").at(0).head.id, "Ответ", 0, audit("appeal.answer")));
  moved.region_code = "50";
  (void)store->upsert_organisations({moved});
  const auto region = stores->monitoring.totals({.year = year, .region_code = "50"});
  EXPECT_EQ(region.organisations, 4);
  EXPECT_EQ(region.funnel.scans, 3);
  EXPECT_EQ(region.appeal_median_days, 0.0);
  EXPECT_EQ(stores->monitoring.funnel_by_carrier({.year = year, .region_code = "77"}).at(0).counts.scans, 2);
}

TEST_F(MonitoringRollup, TheCalendarListsEveryAuthorityWithItsCycle) {
  run_sql("UPDATE cycles SET submitted_at = $1, approved_at = $2 WHERE id = $3",
          {std::string_view("2000-03-10T09:00:00Z"), std::string_view("2000-04-01T09:00:00Z"), education});
  const auto calendar = stores->monitoring.calendar({.year = year});
  ASSERT_EQ(calendar.size(), 2u);
  EXPECT_EQ(calendar[0].authority_name, "Минздрав");  // region 50 before 77
  EXPECT_EQ(calendar[0].plans_expected, 2);
  EXPECT_TRUE(calendar[0].council_due.empty());  // no materials yet
  EXPECT_EQ(calendar[1].council_due, "2000-04-10");
  EXPECT_EQ(calendar[1].approved_at, "2000-04-01T09:00:00Z");
  EXPECT_EQ(calendar[1].publish_due, "2000-05-01");
  EXPECT_EQ(calendar[1].plans_due, std::to_string(year + 1) + "-03-31");
  EXPECT_EQ(calendar[1].cycle_state, "collecting");
  const auto none = stores->monitoring.calendar({.year = year - 5, .region_code = "77"});
  ASSERT_EQ(none.size(), 1u);
  EXPECT_TRUE(none[0].cycle_state.empty());
  EXPECT_EQ(none[0].plans_expected, 0);
  // An authority alone, then with a region that is not its own.
  const auto one = stores->monitoring.calendar({.year = year, .authority_id = calendar[1].authority_id});
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].authority_name, calendar[1].authority_name);
  EXPECT_EQ(one[0].council_due, "2000-04-10");
  EXPECT_TRUE(stores->monitoring.calendar({.year = year, .region_code = "50", .authority_id = calendar[1].authority_id})
                  .empty());
}

TEST_F(MonitoringRollup, NotesRoundTripAndAreAudited) {
  const auto authority = stores->monitoring.calendar({.year = year})[0].authority_id;
  EXPECT_TRUE(stores->monitoring.notes(authority, year).updated_at.empty());
  stores->monitoring.save_notes(authority, year, {"Учтено в премировании", "Плакаты в школах", ""},
                                audit_entry(0, "monitoring.notes", "authority", std::to_string(authority), {}, {{"x", 1}}));
  stores->monitoring.save_notes(authority, year, {"Учтено в аттестации", "Плакаты в школах", ""},
                                audit_entry(0, "monitoring.notes", "authority", std::to_string(authority), {}, {{"x", 2}}));
  const auto notes = stores->monitoring.notes(authority, year);
  EXPECT_EQ(notes.results_use, "Учтено в аттестации");
  EXPECT_EQ(notes.popularisation, "Плакаты в школах");
  EXPECT_FALSE(notes.updated_at.empty());
  EXPECT_TRUE(stores->monitoring.notes(authority, year - 1).updated_at.empty());
  const auto log = stores->staff.audit_log(10, 0);
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].action, "monitoring.notes");
}

}  // namespace
}  // namespace nok
