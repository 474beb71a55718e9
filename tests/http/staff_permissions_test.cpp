// Every role against every object type, over HTTP: allowed requests succeed, the others
// get the very page an unknown object gets (404), and change nothing.
#include "http/staff_site.h"
#include "support/feedback_waits.h"

namespace nok {
namespace {

using test::StaffSite;

struct Case {
  const char* role;
  const char* org;        // scope of org_staff
  const char* authority;  // scope of council and official
  const char* op;         // scope of operator
  // Expected statuses: view the cabinet, edit the profile, add a placement, confirm one,
  // the authority report, the operator workspace, accounts (view, create), the audit log.
  int cabinet, profile, add_placement, confirm, report, workspace, accounts, create_account, audit;
};

const Case kCases[] = {
    {"org_staff", "school", "", "", 200, 303, 303, 303, 404, 404, 404, 404, 404},
    {"org_staff", "clinic", "", "", 404, 404, 404, 404, 404, 404, 404, 404, 404},
    {"operator", "", "", "ООО «Опрос»", 200, 404, 404, 404, 404, 200, 404, 404, 404},
    {"council", "", "Департамент образования", "", 200, 404, 404, 404, 200, 404, 404, 404, 404},
    {"official", "", "Департамент образования", "", 200, 404, 404, 404, 200, 404, 404, 404, 404},
    {"official", "", "Минздрав области", "", 404, 404, 404, 404, 200, 404, 404, 404, 404},
    {"monitor", "", "", "", 200, 404, 404, 404, 200, 404, 404, 404, 404},
    {"admin", "", "", "", 200, 303, 303, 303, 200, 404, 200, 200, 200},
};

class StaffPermissions : public StaffSite {};

TEST_F(StaffPermissions, EveryRoleAgainstEveryObjectType) {
  const auto school = stores->staff.organisation_scope("school")->organisation_id;
  int n = 0;
  for (const auto& c : kCases) {
    SCOPED_TRACE(std::string(c.role) + " " + c.org + c.authority + c.op);
    auto browser = signed_in(account("user" + std::to_string(++n), c.role, c.org, c.authority, c.op));
    const auto nothing = get("/cabinet/nowhere", browser.cookie);
    ASSERT_EQ(nothing.status, 404);
    // A 404 for another scope says what the 404 of an object that does not exist says.
    auto main_of = [](const std::string& html) { return html.substr(html.find("<main"), html.find("</main>")); };
    auto expect = [&](const test::HttpResult& r, int status) {
      EXPECT_EQ(r.status, status);
      if (status == 404) {
        EXPECT_TRUE(main_of(r.body) == main_of(nothing.body));
      }
    };

    const auto before = *stores->staff.organisation_profile("school");
    const auto placements_before = stores->placements.placements(school).size();
    const auto placement = stores->placements.add_placement({0, school, "label", "stand", "", "", ""},
                                                        {0, "", 0, "", "placement.create", "placement", "", "", "{}"});

    expect(get("/cabinet/school", browser.cookie), c.cabinet);
    expect(post(browser, "/cabinet/school/profile",
                "version=" + std::to_string(before.version) + "&address=" + encode("от " + std::to_string(n)) +
                    "&website="),
           c.profile);
    expect(post(browser, "/cabinet/school/placements", "place=entrance&carrier=label"), c.add_placement);
    expect(post(browser, "/cabinet/school/placements/" + std::to_string(placement.id) + "/confirm"), c.confirm);
    expect(get("/official", browser.cookie), c.report);
    expect(get("/operator", browser.cookie), c.workspace);
    expect(get("/admin/users", browser.cookie), c.accounts);
    expect(post(browser, "/admin/users", "login=made" + std::to_string(n) + "&role=monitor"), c.create_account);
    expect(get("/admin/audit", browser.cookie), c.audit);

    // Refused requests changed nothing.
    const auto after = *stores->staff.organisation_profile("school");
    EXPECT_EQ(after.version != before.version, c.profile == 303);
    EXPECT_EQ(stores->placements.placements(school).size(), placements_before + 1 + (c.add_placement == 303 ? 1 : 0));
    EXPECT_EQ(stores->placements.find_placement(placement.id)->confirmed_at.empty(), c.confirm != 303);
    EXPECT_EQ(stores->staff.find_account_by_login("made" + std::to_string(n)).has_value(), c.create_account == 200);
  }
}

// The inbox, the plan and account administration. Every request here is refused by its own
// rules when allowed (an empty answer 422, a stale plan version 409, an account already
// enabled 409), so allowed and refused alike change nothing and the cases do not interfere.
struct InboxCase {
  const char* role;
  const char* org;
  const char* authority;
  const char* op;
  int appeals, answer_appeal, reviews, answer_review, plan, add_item, queue, approve, enable;
};

const InboxCase kInboxCases[] = {
    {"org_staff", "school", "", "", 200, 422, 200, 422, 200, 409, 404, 404, 404},
    {"org_staff", "clinic", "", "", 404, 404, 404, 404, 404, 404, 404, 404, 404},
    {"operator", "", "", "ООО «Опрос»", 404, 404, 200, 404, 200, 404, 404, 404, 404},
    {"council", "", "Департамент образования", "", 404, 404, 200, 404, 200, 404, 200, 404, 404},
    {"official", "", "Департамент образования", "", 404, 404, 200, 404, 200, 404, 200, 409, 404},
    {"official", "", "Минздрав области", "", 404, 404, 404, 404, 404, 404, 200, 404, 404},
    {"monitor", "", "", "", 200, 404, 200, 404, 200, 404, 200, 404, 404},
    {"admin", "", "", "", 200, 422, 200, 422, 200, 409, 200, 409, 409},
};

TEST_F(StaffPermissions, EveryRoleAgainstTheInboxThePlanAndAccounts) {
  const auto school = stores->staff.organisation_scope("school")->organisation_id;
  const auto citizen = store->upsert_citizen("login-hash", "");
  const auto appeal = submit_appeal(*store, {{"school", citizen, ""}, "Тема", "Текст", "2099-01-01T00:00:00Z"}).id;
  const auto review = submit_review(*store, {{"school", citizen, ""}, "Отзыв", ""}).id;
  stores->pool().acquire()->run("UPDATE cycles SET state = 'published'");
  const auto cycle = stores->plans.published_cycle(school)->cycle_id;
  const AuditEntry audit{0, "", 0, "", "plan.change", "plan", "", "", "{}"};
  const auto plan_id = *stores->plans.create_plan(school, cycle, audit);
  ASSERT_TRUE(stores->plans.add_item({plan_id, 1, audit}, {1, "Недостаток", "Мера", "2099-01-01", "Иванов", "директор"}));
  ASSERT_TRUE(stores->plans.submit({plan_id, 2, audit}));
  const auto colleague = account("colleague", "monitor");
  const auto log_before = stores->staff.audit_log(1000, 0).size();

  int n = 0;
  for (const auto& c : kInboxCases) {
    SCOPED_TRACE(std::string(c.role) + " " + c.org + c.authority + c.op);
    auto browser = signed_in(account("inbox" + std::to_string(++n), c.role, c.org, c.authority, c.op));
    const auto nothing = get("/cabinet/nowhere", browser.cookie);
    auto main_of = [](const std::string& html) { return html.substr(html.find("<main"), html.find("</main>")); };
    auto expect = [&](const test::HttpResult& r, int status) {
      EXPECT_EQ(r.status, status);
      if (status == 404) {
        EXPECT_TRUE(main_of(r.body) == main_of(nothing.body));
      }
    };
    const std::string appeal_url = "/cabinet/school/appeals/" + std::to_string(appeal);
    expect(get("/cabinet/school/appeals", browser.cookie), c.appeals);
    expect(get(appeal_url, browser.cookie), c.appeals);
    expect(post(browser, appeal_url + "/answer", "answer="), c.answer_appeal);
    expect(get("/cabinet/school/reviews", browser.cookie), c.reviews);
    expect(post(browser, "/cabinet/school/reviews/" + std::to_string(review) + "/answer", "answer="), c.answer_review);
    expect(get("/cabinet/school/plan", browser.cookie), c.plan);
    expect(post(browser, "/cabinet/school/plan/items", "version=1&criterion=1"), c.add_item);
    expect(get("/official/plans", browser.cookie), c.queue);
    expect(post(browser, "/official/plans/" + std::to_string(plan_id) + "/approve", "version=1"), c.approve);
    expect(post(browser, "/admin/users/" + std::to_string(colleague) + "/enable"), c.enable);
  }
  // Nothing changed: the appeal and the review unanswered, the plan still submitted, only
  // the accounts created here in the log.
  EXPECT_EQ(store->find_appeal(appeal)->answer, "");
  EXPECT_EQ(store->find_review(review)->answer, "");
  EXPECT_EQ(stores->plans.find_plan(plan_id)->state, plans::State::submitted);
  EXPECT_EQ(stores->plans.find_plan(plan_id)->items.size(), 1u);
  const auto log = stores->staff.audit_log(1000, 0);  // newest first
  ASSERT_GT(log.size(), log_before);
  for (std::size_t i = 0; i < log.size() - log_before; ++i) EXPECT_TRUE(log[i].action.starts_with("user.")) << log[i].action;
}

// The operator's data entry: only the operator engaged in the organisation's cycle enters
// questionnaires and uploads; everyone else gets the 404 of an unknown object, and nothing is stored.
TEST_F(StaffPermissions, OnlyTheEngagedOperatorEntersData) {
  int n = 0;
  for (const auto& c : kCases) {
    SCOPED_TRACE(std::string(c.role) + " " + c.org + c.authority + c.op);
    auto browser = signed_in(account("entry" + std::to_string(++n), c.role, c.org, c.authority, c.op));
    const bool engaged = std::string(c.role) == "operator";
    EXPECT_EQ(get("/operator/school/entry", browser.cookie).status, engaged ? 200 : 404);
    EXPECT_EQ(get("/operator/clinic/entry", browser.cookie).status, 404);  // nobody's contract
    EXPECT_EQ(get("/operator/upload", browser.cookie).status, engaged ? 200 : 404);
    EXPECT_EQ(post(browser, "/operator/school/entry",
                   "idempotency_key=k" + std::to_string(n) + "&channel=operator_paper&comfort_ok=1")
                  .status,
              engaged ? 303 : 404);
    EXPECT_EQ(post(browser, "/operator/clinic/entry", "idempotency_key=x&channel=operator_paper&comfort_ok=1").status,
              404);
    EXPECT_EQ(get("/operator/school/expert", browser.cookie).status, engaged ? 200 : 404);
    EXPECT_EQ(get("/operator/clinic/expert", browser.cookie).status, 404);
    EXPECT_EQ(get("/operator/expert-upload", browser.cookie).status, engaged ? 200 : 404);
    // Each engaged save is over the version it read; the others change nothing.
    const auto version = store->expert_record("school", store->assessment_of("school", current_year())->cycle_id);
    EXPECT_EQ(post(browser, "/operator/school/expert",
                   "version=" + std::to_string(version ? version->version : 0) + "&comfort_conditions=3")
                  .status,
              engaged ? 303 : 404);
    EXPECT_EQ(post(browser, "/operator/clinic/expert", "version=0&comfort_conditions=3").status, 404);
  }
  EXPECT_FALSE(store->expert_record("clinic", store->assessment_of("clinic", current_year())->cycle_id));
  EXPECT_EQ(store->expert_record("school", store->assessment_of("school", current_year())->cycle_id)->version, 1);
  EXPECT_EQ(store->survey_tally("clinic", store->assessment_of("clinic", current_year())->cycle_id).respondents, 0u);
  EXPECT_EQ(store->survey_tally("school", store->assessment_of("school", current_year())->cycle_id).respondents, 1u);
}

TEST_F(StaffPermissions, WithoutASessionEveryStaffPageAsksToSignIn) {
  for (const auto& target : {"/cabinet/school", "/official", "/operator", "/operator/school/entry", "/operator/upload",
                             "/operator/school/expert", "/operator/expert-upload",
                             "/admin/users", "/admin/audit", "/staff/totp", "/cabinet/school/appeals",
                             "/cabinet/school/reviews", "/cabinet/school/plan", "/official/plans", "/cycles"}) {
    auto r = get(target);
    EXPECT_EQ(r.status, 303) << target;
    EXPECT_EQ(header(r, "Location"), "/staff/login?next=" + http::percent_encode(target));
  }
  EXPECT_EQ(post("/cabinet/school/profile", "address=x").status, 303);
  EXPECT_EQ(stores->staff.organisation_profile("school")->address, "ул. Ленина, 1");
}

TEST_F(StaffPermissions, ADisabledAccountIsSignedOutEverywhere) {
  const auto id = account("gone", "admin");
  auto browser = signed_in(id);
  EXPECT_EQ(get("/admin/users", browser.cookie).status, 200);
  auto c = stores->pool().acquire();
  c->run("UPDATE users SET disabled = 1 WHERE id = $1", {id});
  EXPECT_EQ(get("/admin/users", browser.cookie).status, 303);
}

}  // namespace
}  // namespace nok
