// The plan to remove deficiencies over HTTP: the organisation drafts it once results are
// published, an official of its authority approves it, the public page shows it with the
// progress reports. Stale forms and past dates change nothing.
#include "http/staff_site.h"
#include "support/feedback_waits.h"

namespace nok {
namespace {

using test::StaffSite;

class PlanPages : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    staff = signed_in(account("ivanova", "org_staff", "school"));
    official = signed_in(account("orlov", "official", "", "Департамент образования"));
  }

  void publish_results() {
    auto c = stores->pool().acquire();
    c->run("UPDATE cycles SET state = 'published'");
  }
  std::string version() { return input_value(get("/cabinet/school/plan", staff.cookie).body, "version"); }
  Plan plan() {
    const auto school = stores->staff.organisation_scope("school")->organisation_id;
    return *stores->plans.plan_for(school, stores->plans.published_cycle(school)->cycle_id);
  }
  static std::string item(const std::string& planned_date, const std::string& measure = "Установить пандус") {
    return "criterion=3&deficiency=" + encode("Нет пандуса") + "&measure=" + encode(measure) +
           "&planned_date=" + planned_date + "&responsible_name=" + encode("Иванов И. И.") +
           "&responsible_position=" + encode("заместитель директора");
  }
  // A plan with one item, submitted to the authority.
  void submitted_plan() {
    publish_results();
    ASSERT_EQ(post(staff, "/cabinet/school/plan").status, 303);
    ASSERT_EQ(post(staff, "/cabinet/school/plan/items", "version=" + version() + "&" + item("2099-05-01")).status, 303);
    ASSERT_EQ(post(staff, "/cabinet/school/plan/submit", "version=" + version()).status, 303);
  }
  std::string decision_url(const std::string& what) {
    return "/official/plans/" + std::to_string(plan().id) + "/" + what;
  }

  Browser staff, official;
};

TEST_F(PlanPages, APlanWaitsForPublishedResults) {
  auto page = get("/cabinet/school/plan", staff.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Результаты ещё не опубликованы"));
  EXPECT_EQ(post(staff, "/cabinet/school/plan").status, 409);
  publish_results();
  EXPECT_TRUE(contains(get("/cabinet/school/plan", staff.cookie), "Создать план"));
  EXPECT_EQ(post(staff, "/cabinet/school/plan").status, 303);
  auto again = post(staff, "/cabinet/school/plan");  // a second tab
  EXPECT_EQ(again.status, 409);
  EXPECT_TRUE(contains(again, "уже создан"));
}

TEST_F(PlanPages, DraftedSubmittedApprovedAndShownOnThePublicPage) {
  submitted_plan();
  EXPECT_EQ(plan().state, plans::State::submitted);
  EXPECT_TRUE(contains(get("/o/school/plan"), "пока не опубликовала"));

  auto queue = get("/official/plans", official.cookie);
  ASSERT_EQ(queue.status, 200);
  EXPECT_TRUE(contains(queue, "/cabinet/school/plan"));
  auto review = get("/cabinet/school/plan", official.cookie);
  EXPECT_TRUE(contains(review, "Утвердить и опубликовать"));
  EXPECT_FALSE(contains(get("/cabinet/school/plan", staff.cookie), "Утвердить и опубликовать"));

  auto approved = post(official, decision_url("approve"), "version=" + input_value(review.body, "version"));
  ASSERT_EQ(approved.status, 303) << approved.body;
  EXPECT_EQ(header(approved, "Location"), "/official/plans?decided=school");
  auto published = get("/o/school/plan");
  ASSERT_EQ(published.status, 200);
  EXPECT_TRUE(contains(published, "III. Доступность услуг для инвалидов"));
  EXPECT_TRUE(contains(published, "Установить пандус"));
  EXPECT_TRUE(contains(published, "Иванов И. И., заместитель директора"));
  EXPECT_TRUE(contains(published, "01.05.2099"));

  // Progress is published at once; an actual date in the future is refused.
  const auto id = std::to_string(plan().items[0].id);
  auto future = post(staff, "/cabinet/school/plan/items/" + id + "/report",
                     "version=" + version() + "&measures_taken=" + encode("Установлен") + "&actual_date=2099-01-01");
  EXPECT_EQ(future.status, 422);
  EXPECT_TRUE(contains(future, "href=\"#actual_date-" + id + "\""));
  auto reported = post(staff, "/cabinet/school/plan/items/" + id + "/report",
                       "version=" + version() + "&measures_taken=" + encode("Пандус установлен") +
                           "&actual_date=" + iso_utc_now().substr(0, 10));
  ASSERT_EQ(reported.status, 303) << reported.body;
  EXPECT_TRUE(contains(get("/o/school/plan"), "Пандус установлен"));

  std::vector<std::string> actions;
  for (const auto& e : stores->staff.audit_log(10, 0)) actions.push_back(e.action);
  EXPECT_EQ(std::vector<std::string>(actions.begin(), actions.begin() + 5),
            (std::vector<std::string>{"plan.report", "plan.approve", "plan.submit", "plan.item_add", "plan.create"}));
}

TEST_F(PlanPages, AStaleFormAndAPastDateChangeNothing) {
  publish_results();
  ASSERT_EQ(post(staff, "/cabinet/school/plan").status, 303);
  const auto first = version();
  ASSERT_EQ(post(staff, "/cabinet/school/plan/items", "version=" + first + "&" + item("2099-05-01")).status, 303);

  auto stale = post(staff, "/cabinet/school/plan/items", "version=" + first + "&" + item("2099-06-01", "Вторая мера"));
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(contains(stale, "план изменил кто-то другой"));
  EXPECT_TRUE(contains(stale, "Вторая мера"));  // what they typed is not lost
  EXPECT_EQ(plan().items.size(), 1u);

  auto past = post(staff, "/cabinet/school/plan/items", "version=" + version() + "&" + item("2020-01-01"));
  EXPECT_EQ(past.status, 422);
  EXPECT_TRUE(contains(past, "Плановый срок уже прошёл"));
  EXPECT_TRUE(contains(past, "href=\"#planned_date\""));
  const auto id = std::to_string(plan().items[0].id);
  auto changed_to_past = post(staff, "/cabinet/school/plan/items/" + id, "version=" + version() + "&" + item("2020-01-01"));
  EXPECT_EQ(changed_to_past.status, 422);
  EXPECT_TRUE(contains(changed_to_past, "href=\"#planned_date-" + id + "\""));
  EXPECT_EQ(plan().items[0].draft.planned_date, "2099-05-01");
  EXPECT_EQ(post(staff, "/cabinet/school/plan/items/999/remove", "version=" + version()).status, 404);
  EXPECT_EQ(plan().items.size(), 1u);
}

TEST_F(PlanPages, AReturnedPlanShowsTheCommentAndOnlyTheAuthorityDecides) {
  submitted_plan();
  const auto v = std::to_string(plan().version);
  auto other = signed_in(account("minzdrav", "official", "", "Минздрав области"));
  EXPECT_EQ(post(other, decision_url("approve"), "version=" + v).status, 404);
  EXPECT_EQ(post(staff, decision_url("approve"), "version=" + v).status, 404);
  auto council = signed_in(account("sovet", "council", "", "Департамент образования"));
  EXPECT_EQ(get("/official/plans", council.cookie).status, 200);
  EXPECT_EQ(post(council, decision_url("approve"), "version=" + v).status, 404);

  auto no_reason = post(official, decision_url("return"), "version=" + v + "&comment=");
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_TRUE(contains(no_reason, "href=\"#comment\""));
  ASSERT_EQ(post(official, decision_url("return"), "version=" + v + "&comment=" + encode("Уточните сроки")).status, 303);
  EXPECT_EQ(plan().state, plans::State::returned);
  auto page = get("/cabinet/school/plan", staff.cookie);
  EXPECT_TRUE(contains(page, "Уточните сроки"));
  EXPECT_TRUE(contains(page, "Отправить на утверждение"));
  EXPECT_EQ(post(official, decision_url("approve"), "version=" + std::to_string(plan().version)).status, 409);
}

TEST_F(PlanPages, CitizensCommentsOnTheMeasuresAreShownToTheOrganisation) {
  const auto citizen = store->upsert_citizen("login-hash", "");
  submit_measure_feedback(*store, {{"school", citizen, ""}, 0, "Ничего не изменилось"});
  EXPECT_TRUE(contains(get("/cabinet/school/plan", staff.cookie), "Ничего не изменилось"));
}

}  // namespace
}  // namespace nok
