// The organisation page and the survey form over HTTP, on a real store.
#include <gtest/gtest.h>

#include <regex>

#include "core/id.h"
#include "core/time.h"
#include "support/organisations.h"
#include "support/http_client.h"
#include "support/test_server.h"
#include "support/test_store.h"
#include "web/site.h"

namespace nok {
namespace {

class SurveyPages : public testing::Test {
 protected:
  void SetUp() override {
    auto o = test::test_organisation("pol1", "Поликлиника № 1", Sphere::health, "Департамент здравоохранения");
    Organisation outside = o;
    outside.code = "old1";
    (void)store->upsert_organisations({o, outside});
    store->include_in_cycle(store->open_cycle(o.authority, current_year(), "344n-2019"), {{"pol1", 10}});
    citizen = store->upsert_citizen("citizen", "");
    store->create_session({key.hash("session:" + token), citizen, 0, csrf, "2999-01-01T00:00:00Z"});
    router = web::build_site(context);
    server = std::make_unique<test::TestServer>(router);
  }

  test::HttpResult send(const std::string& method, const std::string& target, const std::string& form = "",
                        bool signed_in = true) {
    return test::http_request(server->port(), method, target, signed_in ? "Cookie: nok_session=" + token + "\r\n" : "",
                              form);
  }

  std::string answers(const std::string& overall) {
    return "csrf=" + csrf + "&idempotency_key=key-" + overall +
           "&stand_used=1&stand_ok=1&site_used=0&timely=1&comfort_ok=1&disabled=0&contact_polite=1&staff_polite=1"
           "&remote_used=0&recommend=1&conditions_ok=1&overall_ok=" + overall + "&suggestions=%D0%92%D1%81%D1%91+%D1%85%D0%BE%D1%80%D0%BE%D1%88%D0%BE";
  }

  test::TestStore store;
  SecretKey key = SecretKey::generate();
  web::SiteContext context{*store, nullptr, key};
  std::string token = random_token(32), csrf = random_token(24);
  std::int64_t citizen = 0;
  http::Router router;
  std::unique_ptr<test::TestServer> server;
};

TEST_F(SurveyPages, TheOrganisationPageShowsThisYearsAssessmentAndTheWayToTheSurvey) {
  auto page = send("GET", "/o/pol1", "", false);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Независимая оценка " + std::to_string(current_year())), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/o/pol1/survey\""), std::string::npos);
  auto outside = send("GET", "/o/old1", "", false);
  EXPECT_NE(outside.body.find("не входит в перечень"), std::string::npos);
  EXPECT_EQ(outside.body.find("/o/old1/survey"), std::string::npos);
}

TEST_F(SurveyPages, VisitorsAreSentToSignInFirst) {
  auto r = send("GET", "/o/pol1/survey", "", false);
  EXPECT_EQ(r.status, 303);
  EXPECT_NE(r.headers.find("Location: /login?next=%2Fo%2Fpol1%2Fsurvey"), std::string::npos);
}

TEST_F(SurveyPages, TheFormAsksTheSpheresQuestionsWithLabelsAndNoScript) {
  auto r = send("GET", "/o/pol1/survey");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("name=\"timely\""), std::string::npos);  // health care asks about timeliness
  EXPECT_NE(r.body.find("<legend>"), std::string::npos);
  EXPECT_EQ(r.body.find("<script>"), std::string::npos);  // no inline script: the form works without any
  EXPECT_NE(r.body.find("<script src=\"/static/survey.js\" defer>"), std::string::npos);
  EXPECT_LT(r.body.size(), 30u * 1024);
}

TEST_F(SurveyPages, ASubmittedSurveyIsCountedAndTheScoresChangeAtOnce) {
  auto before = send("GET", "/o/pol1", "", false);
  EXPECT_NE(before.body.find("Ответили: 0 человек"), std::string::npos);
  auto r = send("POST", "/o/pol1/survey", answers("1"));
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("Спасибо"), std::string::npos);
  auto after = send("GET", "/o/pol1", "", false);
  EXPECT_NE(after.body.find("Ответили: 1 человек"), std::string::npos);
}

TEST_F(SurveyPages, DoubleTapAndASecondSurveyCountOnce) {
  EXPECT_EQ(send("POST", "/o/pol1/survey", answers("1")).status, 200);
  EXPECT_EQ(send("POST", "/o/pol1/survey", answers("1")).status, 200);  // the same idempotency key
  auto second = send("POST", "/o/pol1/survey", answers("0"));
  EXPECT_NE(second.body.find("прежний сохранён"), std::string::npos);
  EXPECT_EQ(store->survey_tally("pol1", store->assessment_of("pol1", current_year())->cycle_id).respondents, 1u);
}

TEST_F(SurveyPages, BrokenAnswersComeBackWithTheErrorAndTheAnswersKept) {
  auto form = answers("1");
  form = std::regex_replace(form, std::regex("site_used=0"), "site_used=0&site_ok=1");
  auto r = send("POST", "/o/pol1/survey", form);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("id=\"error-summary\""), std::string::npos);
  EXPECT_NE(r.body.find("href=\"#site_ok\""), std::string::npos);
  EXPECT_NE(r.body.find("name=\"overall_ok\" value=\"1\" id=\"overall_ok\" checked"), std::string::npos);
  EXPECT_NE(r.body.find("Всё хорошо"), std::string::npos);
}

TEST_F(SurveyPages, ScriptInTextIsShownAsText) {
  auto form = answers("1") + "&stand_used=%3Cscript%3Ealert(1)%3C%2Fscript%3E";
  auto r = send("POST", "/o/pol1/survey", form);
  EXPECT_EQ(r.body.find("<script>alert"), std::string::npos);
}

TEST_F(SurveyPages, AFormWithoutTheSessionsTokenIsRefused) {
  auto form = std::regex_replace(answers("1"), std::regex("csrf=[^&]*"), "csrf=forged");
  EXPECT_EQ(send("POST", "/o/pol1/survey", form).status, 403);
  EXPECT_EQ(store->survey_tally("pol1", store->assessment_of("pol1", current_year())->cycle_id).respondents, 0u);
}

TEST_F(SurveyPages, OrganisationsOutsideTheCycleDoNotTakeSurveys) {
  EXPECT_EQ(send("GET", "/o/old1/survey").status, 409);
  auto r = send("POST", "/o/old1/survey", answers("1"));
  EXPECT_EQ(r.status, 409);
}

}  // namespace
}  // namespace nok
