// The plan to remove deficiencies on both engines: created once per published cycle, every
// change guarded by the plan's version and audited with it, the official's decision, the
// progress reports, the authority's queue, and an administrator's changes to accounts.
#include "app/staff/audit.h"
#include "store/staff_fixture.h"

namespace nok {
namespace {

using test::StaffFixture;

class PlanStoreTest : public StaffFixture {
 protected:
  void SetUp() override {
    StaffFixture::SetUp();
    if (IsSkipped()) return;
    official = *stores->staff.create_account({"official", staff::Role::official}, audit("user.create", "user"));
  }

  static AuditEntry audit(std::string action, std::string type = "plan") {
    return audit_entry(0, action, type, "1", {}, {{"x", 1}});
  }
  PlanChange change(const Plan& plan, std::string action = "plan.change") {
    return {plan.id, plan.version, audit(std::move(action))};
  }
  // The school's cycle, published, with a new draft plan for it.
  Plan published_plan_draft() {
    run_sql("UPDATE cycles SET state = 'published' WHERE id IN (SELECT cycle_id FROM cycle_organisations "
            "WHERE organisation_id = $1)",
            {organisation_id("school")});
    const auto cycle = stores->plans.published_cycle(organisation_id("school"));
    EXPECT_TRUE(cycle);
    EXPECT_TRUE(stores->plans.create_plan(organisation_id("school"), cycle->cycle_id, audit("plan.create")));
    return *stores->plans.plan_for(organisation_id("school"), cycle->cycle_id);
  }
  Plan reread(const Plan& plan) { return *stores->plans.find_plan(plan.id); }
  std::size_t audit_lines() { return stores->staff.audit_log(1000, 0).size(); }

  const plans::ItemDraft ramp{3, "Нет пандуса", "Установить пандус", "2099-05-01", "Иванов И. И.", "завхоз"};
  std::int64_t official = 0;
};

TEST_F(PlanStoreTest, APlanNeedsPublishedResultsAndIsCreatedOncePerCycle) {
  EXPECT_FALSE(stores->plans.published_cycle(organisation_id("school")));  // the cycle is a draft
  const auto plan = published_plan_draft();
  EXPECT_EQ(plan.state, plans::State::draft);
  EXPECT_EQ(plan.organisation_code, "school");
  EXPECT_EQ(plan.year, year);
  EXPECT_FALSE(stores->plans.create_plan(organisation_id("school"), plan.cycle_id, audit("plan.create")));
  EXPECT_FALSE(stores->plans.published_cycle(organisation_id("clinic")));
}

TEST_F(PlanStoreTest, AStaleVersionChangesNothingAndWritesNoAuditLine) {
  const auto plan = published_plan_draft();
  ASSERT_TRUE(stores->plans.add_item(change(plan), ramp));
  const auto lines = audit_lines();
  auto stale = ramp;
  stale.measure = "Другая мера";
  EXPECT_FALSE(stores->plans.add_item(change(plan), stale));  // the form still holds the first version
  EXPECT_FALSE(stores->plans.submit(change(plan)));
  const auto now = reread(plan);
  EXPECT_EQ(now.version, plan.version + 1);
  ASSERT_EQ(now.items.size(), 1u);
  EXPECT_EQ(now.items[0].draft.measure, "Установить пандус");
  EXPECT_EQ(now.items[0].draft.responsible_position, "завхоз");
  EXPECT_EQ(audit_lines(), lines);
}

TEST_F(PlanStoreTest, ItemsAreChangedAndRemovedOnlyInTheirOwnPlanWhileEditable) {
  auto plan = published_plan_draft();
  ASSERT_TRUE(stores->plans.add_item(change(plan), ramp));
  plan = reread(plan);
  const auto item = plan.items[0].id;
  auto changed = ramp;
  changed.planned_date = "2099-06-01";
  ASSERT_TRUE(stores->plans.change_item(change(plan), item, changed));
  plan = reread(plan);
  EXPECT_EQ(plan.items[0].draft.planned_date, "2099-06-01");
  EXPECT_FALSE(stores->plans.remove_item(change(plan), item + 1));  // not an item of this plan
  EXPECT_EQ(reread(plan).version, plan.version);                    // and the version rolled back
  ASSERT_TRUE(stores->plans.remove_item(change(plan), item));
  EXPECT_TRUE(reread(plan).items.empty());
}

TEST_F(PlanStoreTest, SubmittedApprovedPublishedThenReportedOn) {
  auto plan = published_plan_draft();
  EXPECT_FALSE(stores->plans.submit(change(plan)));  // an empty plan is not submitted
  ASSERT_TRUE(stores->plans.add_item(change(plan), ramp));
  plan = reread(plan);
  ASSERT_TRUE(stores->plans.submit(change(plan, "plan.submit")));
  plan = reread(plan);
  EXPECT_EQ(plan.state, plans::State::submitted);
  EXPECT_FALSE(plan.submitted_at.empty());
  EXPECT_FALSE(stores->plans.add_item(change(plan), ramp));  // not editable while submitted

  const auto school_authority = stores->staff.organisation_scope("school")->authority_id;
  ASSERT_EQ(stores->plans.awaiting_approval(school_authority).size(), 1u);
  EXPECT_EQ(stores->plans.awaiting_approval(0).size(), 1u);
  EXPECT_TRUE(stores->plans.awaiting_approval(stores->staff.organisation_scope("clinic")->authority_id).empty());
  EXPECT_TRUE(store->published_plan("school").empty());

  ASSERT_TRUE(stores->plans.approve(change(plan, "plan.approve"), official));
  plan = reread(plan);
  EXPECT_EQ(plan.state, plans::State::approved);
  EXPECT_FALSE(plan.published_at.empty());
  EXPECT_TRUE(stores->plans.awaiting_approval(0).empty());
  auto published = store->published_plan("school");
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(published[0].responsible_name, "Иванов И. И.");

  ASSERT_TRUE(stores->plans.report(change(plan, "plan.report"), plan.items[0].id, {"Пандус установлен", "2026-02-01"}));
  published = store->published_plan("school");
  EXPECT_EQ(published[0].measures_taken, "Пандус установлен");
  EXPECT_EQ(published[0].actual_date, "2026-02-01");
  EXPECT_FALSE(reread(plan).items[0].reported_at.empty());
  const auto log = stores->staff.audit_log(3, 0);
  EXPECT_EQ(log[0].action, "plan.report");
  EXPECT_EQ(log[1].action, "plan.approve");
}

TEST_F(PlanStoreTest, AReturnedPlanKeepsTheCommentAndIsEditableAgain) {
  auto plan = published_plan_draft();
  ASSERT_TRUE(stores->plans.add_item(change(plan), ramp));
  plan = reread(plan);
  ASSERT_TRUE(stores->plans.submit(change(plan)));
  plan = reread(plan);
  EXPECT_FALSE(stores->plans.report(change(plan), plan.items[0].id, {"рано", "2026-01-01"}));  // not approved
  ASSERT_TRUE(stores->plans.send_back(change(plan), official, "Уточните сроки"));
  plan = reread(plan);
  EXPECT_EQ(plan.state, plans::State::returned);
  EXPECT_EQ(plan.return_comment, "Уточните сроки");
  EXPECT_FALSE(stores->plans.approve(change(plan), official));  // only a submitted plan is decided on
  EXPECT_TRUE(stores->plans.add_item(change(plan), ramp));
}

TEST_F(PlanStoreTest, DisablingEndsSessionsAndASecondFactorCanBeRemoved) {
  store->create_session({"token-hash", 0, official, "csrf", "2999-01-01T00:00:00Z"});
  ASSERT_TRUE(stores->staff.set_disabled(official, true, audit("user.disable", "user")));
  EXPECT_TRUE(stores->staff.find_account(official)->disabled);
  EXPECT_FALSE(store->find_session("token-hash", iso_utc_now()));
  EXPECT_FALSE(stores->staff.set_disabled(official, true, audit("user.disable", "user")));  // already
  ASSERT_TRUE(stores->staff.set_disabled(official, false, audit("user.enable", "user")));
  EXPECT_FALSE(stores->staff.find_account(official)->disabled);

  EXPECT_FALSE(stores->staff.remove_totp(official, audit("user.totp_remove", "user")));  // none enrolled
  stores->staff.set_totp_secret(official, "sealed-secret", audit("user.totp_enable", "user"));
  ASSERT_TRUE(stores->staff.remove_totp(official, audit("user.totp_remove", "user")));
  EXPECT_TRUE(stores->staff.find_account(official)->totp_secret_enc.empty());
  const auto log = stores->staff.audit_log(10, 0);
  EXPECT_EQ(log[0].action, "user.totp_remove");
  EXPECT_EQ(log[2].action, "user.enable");
  EXPECT_EQ(log[3].action, "user.disable");
}

}  // namespace
}  // namespace nok
