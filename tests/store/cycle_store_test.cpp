// Cycles through every step of the state machine, their results and publication, on both engines.
#include "store/staff_fixture.h"

namespace nok {
namespace {

using cycle::Event;
using cycle::State;

class CycleStoreTest : public test::StaffFixture {
 protected:
  void SetUp() override {
    StaffFixture::SetUp();
    if (IsSkipped()) return;
    authority = stores->staff.find_authority("Департамент образования")->id;
    run_sql("INSERT INTO operators (id, name, inn, created_at) VALUES (7, 'Оператор', '7707083893', '2026-01-01')");
    id = *stores->cycles.create_cycle({year + 1, authority, 7, "344n-2019", "education"}, audit("cycle.create"));
  }

  static AuditEntry audit(std::string action) { return {0, "", 0, "", std::move(action), "cycle", "", "", "{}"}; }

  CycleRecord now() { return *stores->cycles.find_cycle(id); }

  MoveOutcome step(Event event, std::string digest = "", std::vector<cycle::OrganisationResult> materials = {}) {
    const auto c = now();
    CycleMove m{id, c.version, event, c.state, *cycle::next(c.state, event), 0, "", std::move(materials),
                std::move(digest)};
    return stores->cycles.move(m, audit("cycle.step"));
  }

  static cycle::OrganisationResult result(std::string scores, double total) {
    return {"school", "Школа № 1", "344n-2019", std::move(scores), total, "1.1 стенды: 60 из 100\n", ""};
  }

  std::string digest() { return cycle::materials_digest(stores->cycles.results(id, now().edition)); }

  std::int64_t authority = 0, id = 0;
};

TEST_F(CycleStoreTest, ACycleIsOpenedOncePerAuthorityAndYear) {
  const auto c = now();
  EXPECT_EQ(c.state, State::draft);
  EXPECT_EQ(c.authority, "Департамент образования");
  EXPECT_EQ(c.operator_name, "Оператор");
  EXPECT_EQ(c.spheres, "education");
  EXPECT_EQ(c.edition, 1);
  EXPECT_FALSE(stores->cycles.create_cycle({year + 1, authority, 0, "344n-2019", ""}, audit("cycle.create")));
  EXPECT_EQ(stores->cycles.cycles(authority, 0).size(), 2u);  // this year's from the fixture and ours
  EXPECT_EQ(stores->cycles.cycles(authority, 7).size(), 1u);
  EXPECT_EQ(stores->staff.audit_log(10, 0).size(), 1u);
}

TEST_F(CycleStoreTest, AStaleVersionChangesNothing) {
  const auto c = now();
  ASSERT_TRUE(stores->cycles.set_members(id, c.version, {{"school", 120}}, audit("cycle.organisations")));
  EXPECT_FALSE(stores->cycles.set_members(id, c.version, {}, audit("cycle.organisations")));
  EXPECT_FALSE(stores->cycles.set_operator(id, c.version, 0, audit("cycle.operator")));
  CycleMove m{id, c.version, Event::start_collecting, State::draft, State::collecting};
  EXPECT_EQ(stores->cycles.move(m, audit("cycle.step")), MoveOutcome::stale);
  ASSERT_EQ(stores->cycles.members(id).size(), 1u);
  EXPECT_EQ(stores->cycles.members(id)[0].sample_target, 120);
  EXPECT_EQ(now().state, State::draft);
  EXPECT_EQ(stores->staff.audit_log(10, 0).size(), 2u);  // creation and the one list that was saved
}

TEST_F(CycleStoreTest, ADecisionOnMaterialsThatChangedIsRefused) {
  ASSERT_TRUE(stores->cycles.set_members(id, now().version, {{"school", 120}}, audit("cycle.organisations")));
  ASSERT_EQ(step(Event::start_collecting), MoveOutcome::moved);
  ASSERT_EQ(step(Event::submit_to_council, "", {result(R"({"total": 80})", 80)}), MoveOutcome::moved);
  const auto seen = digest();
  ASSERT_EQ(step(Event::return_for_rework, seen), MoveOutcome::moved);
  ASSERT_EQ(step(Event::submit_to_council, "", {result(R"({"total": 82})", 82)}), MoveOutcome::moved);
  EXPECT_EQ(step(Event::approve, seen), MoveOutcome::materials_changed);
  EXPECT_EQ(now().state, State::council);
  ASSERT_EQ(step(Event::approve, digest()), MoveOutcome::moved);
  const auto decisions = stores->cycles.decisions(id);
  ASSERT_EQ(decisions.size(), 2u);
  EXPECT_EQ(decisions[0].decision, "returned");
  EXPECT_EQ(decisions[1].decision, "approved");
  EXPECT_EQ(decisions[1].digest, digest());
}

TEST_F(CycleStoreTest, APublishedEditionStaysAsHistoryWhenACorrectionIsPublished) {
  ASSERT_TRUE(stores->cycles.set_members(id, now().version, {{"school", 120}}, audit("cycle.organisations")));
  ASSERT_EQ(step(Event::start_collecting), MoveOutcome::moved);
  ASSERT_TRUE(stores->cycles.save_result_text(id, now().version, "school", ResultText::deficiencies, "стенды",
                                              audit("result.deficiencies")));
  EXPECT_EQ(stores->cycles.results(id, 1)[0].deficiencies, "стенды");
  ASSERT_EQ(step(Event::submit_to_council, "", {result(R"({"total": 80})", 80)}), MoveOutcome::moved);
  ASSERT_TRUE(stores->cycles.save_result_text(id, now().version, "school", ResultText::proposals, "обновить стенды",
                                              audit("result.proposals")));
  ASSERT_EQ(step(Event::approve, digest()), MoveOutcome::moved);  // proposals are not part of the digest
  EXPECT_TRUE(stores->cycles.published_results("school").empty());
  ASSERT_EQ(step(Event::publish), MoveOutcome::moved);

  auto published = stores->cycles.published_results("school");
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(published[0].year, year + 1);
  EXPECT_EQ(published[0].result.total, 80);
  EXPECT_EQ(published[0].result.proposals, "обновить стенды");
  EXPECT_TRUE(published[0].current);

  ASSERT_EQ(step(Event::correct), MoveOutcome::moved);
  EXPECT_EQ(now().edition, 2);
  EXPECT_EQ(now().state, State::collecting);
  EXPECT_EQ(stores->cycles.results(id, 2)[0].proposals, "обновить стенды");  // the correction starts from a copy
  EXPECT_EQ(stores->cycles.published_results("school").size(), 1u);          // edition 1 is still what is public
  ASSERT_EQ(step(Event::submit_to_council, "", {result(R"({"total": 85})", 85)}), MoveOutcome::moved);
  ASSERT_EQ(step(Event::approve, digest()), MoveOutcome::moved);
  ASSERT_EQ(step(Event::publish), MoveOutcome::moved);

  published = stores->cycles.published_results("school");
  ASSERT_EQ(published.size(), 2u);
  EXPECT_EQ(published[0].edition, 2);
  EXPECT_TRUE(published[0].current);
  EXPECT_EQ(published[1].edition, 1);
  EXPECT_FALSE(published[1].current);
  EXPECT_EQ(published[1].result.total, 80);

  std::vector<PublishedResult> open_data;
  stores->cycles.each_published_result(year + 1, "", [&](const PublishedResult& r) { open_data.push_back(r); });
  ASSERT_EQ(open_data.size(), 1u);
  EXPECT_EQ(open_data[0].result.total, 85);
  EXPECT_EQ(open_data[0].region_code, "77");
  open_data.clear();
  stores->cycles.each_published_result(year + 1, "50", [&](const PublishedResult& r) { open_data.push_back(r); });
  EXPECT_TRUE(open_data.empty());
  // Two published editions of one organisation are one row of the year's open data.
  const auto years = stores->cycles.published_years();
  ASSERT_EQ(years.size(), 1u);
  EXPECT_EQ(years[0].year, year + 1);
  EXPECT_EQ(years[0].organisations, 1);

  const auto steps = stores->cycles.steps(id);
  ASSERT_EQ(steps.size(), 8u);
  EXPECT_EQ(steps[4].event, Event::correct);
  EXPECT_EQ(steps[5].edition, 2);
}

TEST_F(CycleStoreTest, NoYearIsPublishedBeforeAPublication) {
  ASSERT_TRUE(stores->cycles.set_members(id, now().version, {{"school", 120}}, audit("cycle.organisations")));
  ASSERT_EQ(step(Event::start_collecting), MoveOutcome::moved);
  ASSERT_EQ(step(Event::submit_to_council, "", {result(R"({"total": 80})", 80)}), MoveOutcome::moved);
  ASSERT_EQ(step(Event::approve, digest()), MoveOutcome::moved);
  EXPECT_TRUE(stores->cycles.published_years().empty());  // approved, not yet published
}

TEST_F(CycleStoreTest, AReminderIsMarkedSentOnce) {
  run_sql("INSERT INTO users (id, login, role, created_at) VALUES (5, 'official', 'official', '2026-01-01')");
  EXPECT_TRUE(stores->cycles.mark_reminder_sent(id, "publication", "2026-12-01", 5));
  EXPECT_FALSE(stores->cycles.mark_reminder_sent(id, "publication", "2026-12-01", 5));
  EXPECT_TRUE(stores->cycles.mark_reminder_sent(id, "plans", "2027-03-31", 5));
}

}  // namespace
}  // namespace nok
