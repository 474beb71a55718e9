// The cycle's state machine, who may take each step, and its deadline calendar.
#include <gtest/gtest.h>

#include "domain/cycle/deadlines.h"
#include "domain/cycle/results.h"
#include "domain/cycle/workflow.h"

namespace nok::cycle {
namespace {

using staff::Role;

TEST(CycleWorkflow, OnlyTheListedTransitionsExist) {
  EXPECT_EQ(next(State::draft, Event::start_collecting), State::collecting);
  EXPECT_EQ(next(State::collecting, Event::submit_to_council), State::council);
  EXPECT_EQ(next(State::council, Event::approve), State::approved);
  EXPECT_EQ(next(State::council, Event::return_for_rework), State::collecting);
  EXPECT_EQ(next(State::approved, Event::publish), State::published);
  EXPECT_EQ(next(State::published, Event::correct), State::collecting);
  // Nothing is published without the council's decision, nor decided before materials.
  EXPECT_FALSE(next(State::collecting, Event::publish));
  EXPECT_FALSE(next(State::council, Event::publish));
  EXPECT_FALSE(next(State::draft, Event::approve));
  EXPECT_FALSE(next(State::published, Event::approve));
  int transitions = 0;
  for (auto s : {State::draft, State::collecting, State::council, State::approved, State::published})
    for (auto e : events_from(s)) {
      EXPECT_TRUE(next(s, e)) << code(s) << " " << code(e);
      ++transitions;
    }
  EXPECT_EQ(transitions, 6);
}

TEST(CycleWorkflow, EachRoleTakesOnlyItsSteps) {
  EXPECT_TRUE(may(Role::official, Event::publish));
  EXPECT_FALSE(may(Role::council, Event::publish));
  EXPECT_TRUE(may(Role::council, Event::approve));
  EXPECT_FALSE(may(Role::official, Event::approve));
  EXPECT_FALSE(may(Role::survey_operator, Event::approve));
  EXPECT_TRUE(may(Role::survey_operator, Event::submit_to_council));
  for (auto e : {Event::start_collecting, Event::submit_to_council, Event::return_for_rework, Event::approve,
                 Event::publish, Event::correct}) {
    EXPECT_FALSE(may(Role::monitor, e));
    EXPECT_FALSE(may(Role::org_staff, e));
    EXPECT_TRUE(may(Role::admin, e));
    EXPECT_EQ(parse_event(code(e)), e);
  }
  EXPECT_FALSE(parse_event("delete"));
  EXPECT_FALSE(parse_state(""));
}

TEST(CycleDeadlines, OneMonthIsACalendarMonthClampedToItsLastDay) {
  EXPECT_EQ(plus_one_month("2026-01-31"), "2026-02-28");
  EXPECT_EQ(plus_one_month("2028-01-31T10:00:00Z"), "2028-02-29");
  EXPECT_EQ(plus_one_month("2026-12-15"), "2027-01-15");
  EXPECT_EQ(plus_one_month("garbage"), "");
}

TEST(CycleDeadlines, PublicationIsDueByTheFirstOfDecemberOrAMonthAfterApproval) {
  CycleDates dates{2026, "2026-09-01T08:00:00Z", "2026-09-20T08:00:00Z", "", ""};
  auto d = deadlines(dates, "2026-10-01");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].due, "2026-10-01");
  EXPECT_EQ(d[0].status, DeadlineStatus::met);
  EXPECT_EQ(d[1].due, "2026-10-20");
  EXPECT_EQ(d[1].status, DeadlineStatus::upcoming);
  EXPECT_EQ(d[2].due, "2027-03-31");

  dates.approved = "2026-11-20";
  d = deadlines(dates, "2026-11-26");
  EXPECT_EQ(d[1].due, "2026-12-01");  // the 1 December limit comes first
  EXPECT_EQ(d[1].status, DeadlineStatus::soon);
  EXPECT_EQ(deadlines(dates, "2026-12-02")[1].status, DeadlineStatus::overdue);
  dates.published = "2026-12-03";
  EXPECT_EQ(deadlines(dates, "2026-12-05")[1].status, DeadlineStatus::late);
}

TEST(CycleDeadlines, TheCouncilsMonthStartsWithTheMaterials) {
  const auto d = deadlines({2026, "", "", "", ""}, "2026-05-01");
  EXPECT_EQ(d[0].status, DeadlineStatus::not_started);
  EXPECT_TRUE(d[0].due.empty());
}

TEST(CycleResults, TheDigestCoversValuesAndDeficienciesButNotProposals) {
  std::vector<OrganisationResult> r{{"a", "A", "344n-2019", R"({"total": 80})", 80, "стенды", ""}};
  const auto first = materials_digest(r);
  r[0].proposals = "обновить стенды";
  EXPECT_EQ(materials_digest(r), first);
  r[0].deficiencies = "стенды, сайт";
  EXPECT_NE(materials_digest(r), first);
  r[0].deficiencies = "стенды";
  r[0].scores_json = R"({"total": 81})";
  EXPECT_NE(materials_digest(r), first);
  // Fields are delimited: moving text from one field to the next changes the digest.
  std::vector<OrganisationResult> a{{"ab", "", "c", "", {}, "", ""}}, b{{"a", "", "bc", "", {}, "", ""}};
  EXPECT_NE(materials_digest(a), materials_digest(b));
}

}  // namespace
}  // namespace nok::cycle
