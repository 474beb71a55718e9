// The organisation page and the survey form over HTTP, on a real store.
#include <gtest/gtest.h>

#include <regex>

#include "core/id.h"
#include "core/time.h"
#include "http/error_page.h"
#include "support/organisations.h"
#include "http/public_site.h"
#include "support/http_client.h"

namespace nok {
namespace {

class SurveyPages : public test::PublicSite {
 protected:
  void SetUp() override {
    auto o = test::test_organisation("pol1", "Поликлиника № 1", Sphere::health, "Департамент здравоохранения");
    Organisation outside = o;
    outside.code = "old1";
    (void)store->upsert_organisations({o, outside});
    store->include_in_cycle(store->open_cycle(o.authority, current_year(), "344n-2019"), {{"pol1", 10}});
    citizen = store->upsert_citizen("citizen", "");
    store->create_session({key.hash("session:" + token), citizen, 0, csrf, "2999-01-01T00:00:00Z"});
    serve();
  }

  test::HttpResult send(const std::string& method, const std::string& target, const std::string& form = "",
                        bool signed_in = true) {
    return test::http_request(server->port(), method, target, signed_in ? "Cookie: nok_session=" + token + "\r\n" : "",
                              form);
  }

  // The page a stored survey's redirect leads to, or the answer itself when there is none.
  test::HttpResult send_and_follow(const std::string& form) {
    auto posted = send("POST", "/o/pol1/survey", form);
    if (posted.status != 303) return posted;
    return send("GET", test::header_value(posted.headers, "Location"));
  }

  std::string answers(const std::string& overall) {
    return "csrf=" + csrf + "&idempotency_key=key-" + overall +
           "&stand_used=1&stand_ok=1&site_used=0&timely=1&comfort_ok=1&disabled=0&contact_polite=1&staff_polite=1"
           "&remote_used=0&recommend=1&conditions_ok=1&overall_ok=" + overall + "&suggestions=%D0%92%D1%81%D1%91+%D1%85%D0%BE%D1%80%D0%BE%D1%88%D0%BE";
  }

  std::string token = random_token(32), csrf = random_token(24);
  std::int64_t citizen = 0;
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
  ASSERT_EQ(r.status, 303) << r.body;
  const auto thanks = test::header_value(r.headers, "Location");
  EXPECT_EQ(thanks, "/o/pol1/survey/sent?id=" + std::to_string(store->citizen_activity(citizen, 1).surveys.at(0).head.id) +
                        "&status=counted");
  for (int refresh = 0; refresh < 2; ++refresh) {  // a refresh shows the page again and sends nothing
    auto shown = send("GET", thanks);
    EXPECT_EQ(shown.status, 200);
    EXPECT_NE(shown.body.find("<h1>Спасибо! Ваше мнение учтено</h1>"), std::string::npos);
  }
  auto after = send("GET", "/o/pol1", "", false);
  EXPECT_NE(after.body.find("Ответили: 1 человек"), std::string::npos);
}

TEST_F(SurveyPages, TheFormStartsWithItsLengthAndKeepsThePreambleFolded) {
  auto r = send("GET", "/o/pol1/survey");
  ASSERT_EQ(r.status, 200);
  // Health care asks 15 yes/no questions, then suggestions, sex and age.
  EXPECT_NE(r.body.find("<p>18 вопросов, ≈&nbsp;5&nbsp;минут."), std::string::npos);
  const auto details = r.body.find("<details><summary>Подробнее</summary><p>Уважаемый участник опроса!");
  ASSERT_NE(details, std::string::npos);
  EXPECT_LT(details, r.body.find("<form"));
  EXPECT_EQ(r.body.find("Уважаемый участник опроса!"), r.body.rfind("Уважаемый участник опроса!"));
}

TEST_F(SurveyPages, AnAnswerAQuestionsFilterRuledOutIsDroppedNotRefused) {
  auto r = send("POST", "/o/pol1/survey",
                std::regex_replace(answers("1"), std::regex("site_used=0"), "site_used=0&site_ok=1"));
  EXPECT_EQ(r.status, 303) << r.body;
  const auto cycle = store->assessment_of("pol1", current_year())->cycle_id;
  const auto site_ok = store->survey_tally("pol1", cycle).items[static_cast<std::size_t>(survey::Item::site_ok)];
  EXPECT_EQ(site_ok.answered, 0u);
}

TEST_F(SurveyPages, DoubleTapAndASecondSurveyCountOnce) {
  EXPECT_EQ(send("POST", "/o/pol1/survey", answers("1")).status, 303);
  EXPECT_EQ(send("POST", "/o/pol1/survey", answers("1")).status, 303);  // the same idempotency key
  auto second = send_and_follow(answers("0"));
  EXPECT_NE(second.body.find("прежний сохранён"), std::string::npos);
  EXPECT_EQ(store->survey_tally("pol1", store->assessment_of("pol1", current_year())->cycle_id).respondents, 1u);
}

TEST_F(SurveyPages, BrokenAnswersComeBackWithTheErrorAndTheAnswersKept) {
  auto r = send("POST", "/o/pol1/survey", answers("1") + "&age=200");
  EXPECT_EQ(r.status, 422);
  test::expect_error_page(r.body);
  EXPECT_NE(r.body.find("<a href=\"#age\">Возраст «200» должен быть"), std::string::npos);
  EXPECT_NE(r.body.find("<title>Ошибка: Анкета — "), std::string::npos);
  EXPECT_NE(r.body.find("name=\"overall_ok\" value=\"1\" id=\"overall_ok\" checked"), std::string::npos);
  EXPECT_NE(r.body.find("Всё хорошо"), std::string::npos);
}

TEST_F(SurveyPages, AnEmptySurveyLeadsToItsFirstQuestion) {
  auto r = send("POST", "/o/pol1/survey", "csrf=" + csrf + "&idempotency_key=empty");
  EXPECT_EQ(r.status, 422);
  test::expect_error_page(r.body);
  EXPECT_NE(r.body.find("<a href=\"#stand_used\">В анкете нет ни одного ответа</a>"), std::string::npos);
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
