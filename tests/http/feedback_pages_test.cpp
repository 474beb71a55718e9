// The citizens' feedback forms, the organisation page and the citizen's own page over HTTP.
#include <regex>

#include "app/feedback/answers.h"
#include "http/error_page.h"
#include "http/feedback_site.h"

namespace nok::test {
namespace {

using FeedbackPages = FeedbackSite;

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST_F(FeedbackPages, TheOrganisationPageHasOneMainActionAndOffersTheOthersAsLinks) {
  auto page = send("GET", "/o/lib1");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(count(page.body, "class=\"button\""), 1u);
  EXPECT_NE(page.body.find("<a class=\"button\" href=\"/o/lib1/survey\">Пройти анкету</a>"), std::string::npos);
  EXPECT_NE(page.body.find("17 вопросов, ≈&nbsp;5&nbsp;минут"), std::string::npos);
  for (const char* action : {"<a href=\"/o/lib1/rate\">Оценить в баллах", "<a href=\"/o/lib1/review\">Оставить отзыв",
                             "<a href=\"/o/lib1/appeal\">Написать обращение",
                             "<a href=\"/me\">Мои оценки, отзывы и обращения"})
    EXPECT_NE(page.body.find(action), std::string::npos) << action;
  // Agreeing is about the score it stands beside, which is this year's and preliminary.
  const auto score = page.body.find("из 100, предварительно");
  const auto agree = page.body.find("<a href=\"/o/lib1/opinion?agrees=1\">Согласен с оценкой</a>");
  const auto disagree = page.body.find("<a href=\"/o/lib1/opinion?agrees=0\">Не согласен с оценкой</a>");
  const auto criteria = page.body.find("Предварительные баллы по критериям");
  ASSERT_NE(score, std::string::npos);
  EXPECT_LT(score, agree);
  EXPECT_LT(agree, disagree);
  EXPECT_LT(disagree, criteria);
  // Without a published plan there are no measures to comment on.
  EXPECT_EQ(page.body.find("/o/lib1/measures"), std::string::npos);
  EXPECT_EQ(page.body.find("/o/lib1/plan\""), std::string::npos);
  publish_plan();
  auto with_plan = as_alice("GET", "/o/lib1");  // a session's page is never the cached one
  EXPECT_NE(with_plan.body.find("<a href=\"/o/lib1/measures\">Отзыв о принятых мерах</a>"), std::string::npos);
  EXPECT_NE(with_plan.body.find("<a href=\"/o/lib1/plan\">План по устранению недостатков</a>"), std::string::npos);

  auto outside = send("GET", "/o/old1");
  EXPECT_EQ(count(outside.body, "class=\"button\""), 0u);
  EXPECT_EQ(outside.body.find("/o/old1/rate"), std::string::npos);
  EXPECT_EQ(outside.body.find("/o/old1/opinion"), std::string::npos);
  EXPECT_NE(outside.body.find("/o/old1/review\""), std::string::npos);
  EXPECT_NE(outside.body.find("/o/old1/appeal\""), std::string::npos);
}

TEST_F(FeedbackPages, EveryFormAnswersWithARedirectSoThatARefreshSendsNothing) {
  publish_plan();
  struct Sent {
    std::string path, body, heading;
  };
  const std::vector<Sent> forms = {
      {"rate", form({{"idempotency_key", "g1"}, {"comfort", "5"}}), "Спасибо! Ваша оценка учтена"},
      {"opinion", form({{"idempotency_key", "g2"}, {"agrees", "1"}}), "Спасибо! Ваше мнение учтено"},
      {"measures", form({{"idempotency_key", "g3"}, {"plan_item", "1"}, {"text", "Пандус есть"}}),
       "Спасибо! Ваш отзыв о принятых мерах передан организации"},
      {"review", form({{"idempotency_key", "g4"}, {"tone", "positive"}, {"text", "Чисто"}}), "Спасибо! Отзыв опубликован"},
      {"appeal", form({{"idempotency_key", "g5"}, {"subject", "Часы"}, {"text", "Откройтесь раньше"}}),
       "Обращение отправлено"}};
  for (const auto& [path, body, heading] : forms) {
    SCOPED_TRACE(path);
    auto posted = as_alice("POST", "/o/lib1/" + path, body);
    ASSERT_EQ(posted.status, 303) << posted.body;
    const auto location = header_value(posted.headers, "Location");
    EXPECT_EQ(location.rfind("/o/lib1/" + path + "/sent?", 0), 0u) << location;
    for (int refresh = 0; refresh < 2; ++refresh) {
      auto shown = as_alice("GET", location);
      EXPECT_EQ(shown.status, 200);
      EXPECT_NE(shown.body.find("<h1>" + heading + "</h1>"), std::string::npos);
    }
    EXPECT_EQ(send("GET", location).status, 303) << "a visitor is sent to sign in first";
  }
  const auto mine = store->citizen_activity(alice, 10);
  EXPECT_EQ(mine.ratings.size(), 1u);
  EXPECT_EQ(mine.opinions.size(), 1u);
  EXPECT_EQ(mine.measure_feedback.size(), 1u);
  EXPECT_EQ(mine.reviews.size(), 1u);
  ASSERT_EQ(mine.appeals.size(), 1u);
  // The appeal's page after the redirect gives its own due date; another citizen's id gives none.
  auto appeal = alice_posts("/o/lib1/appeal", form({{"idempotency_key", "g5"}, {"subject", "Часы"}, {"text", "Откройтесь раньше"}}));
  EXPECT_NE(appeal.body.find("Организация должна ответить до " + day_text(mine.appeals[0].due_at)), std::string::npos);
  auto foreign = send("GET", "/o/lib1/appeal/sent?id=" + std::to_string(mine.appeals[0].head.id), "", bob_token);
  EXPECT_NE(foreign.body.find("Организация должна ответить в течение 30 дней."), std::string::npos);
}

TEST_F(FeedbackPages, AFailedFormSaysSoInItsTitleAndItsSummaryLeadsToTheFields) {
  publish_plan();
  const std::vector<std::pair<std::string, std::string>> forms = {
      {"rate", form({{"idempotency_key", "e1"}, {"comfort", "7"}, {"mood", "5"}})},
      {"opinion", form({{"idempotency_key", "e2"}})},
      {"measures", form({{"idempotency_key", "e3"}, {"plan_item", "42"}})},
      {"review", form({{"idempotency_key", "e4"}, {"text", "Хорошо"}})},
      {"appeal", form({{"idempotency_key", "e5"}})}};
  for (const auto& [path, body] : forms) {
    SCOPED_TRACE(path);
    auto refused = as_alice("POST", "/o/lib1/" + path, body);
    EXPECT_EQ(refused.status, 422);
    expect_error_page(refused.body);
  }
  // An unknown field has no control of its own: its message links to the form's first one.
  auto unknown = as_alice("POST", "/o/lib1/rate", form({{"idempotency_key", "e6"}, {"mood", "5"}}));
  EXPECT_NE(unknown.body.find("<a href=\"#comfort\">Неизвестное поле оценки «mood»</a>"), std::string::npos);
  auto fine = as_alice("GET", "/o/lib1/rate");
  EXPECT_NE(fine.body.find("<title>Оценка в баллах — "), std::string::npos);
}

TEST_F(FeedbackPages, FormsNeedASignedInCitizen) {
  for (const char* path : {"rate", "opinion", "measures", "review", "appeal"}) {
    auto r = send("GET", "/o/lib1/" + std::string(path));
    EXPECT_EQ(r.status, 303) << path;
    EXPECT_NE(r.headers.find("Location: /login?next=%2Fo%2Flib1%2F" + std::string(path)), std::string::npos);
  }
  EXPECT_EQ(send("GET", "/me").status, 303);
}

TEST_F(FeedbackPages, TheRatingFormHasFiveLabelledScalesAndNoScript) {
  auto r = as_alice("GET", "/o/lib1/rate");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(count(r.body, "<legend>"), 5u);
  EXPECT_EQ(count(r.body, "type=\"radio\""), 25u);
  EXPECT_NE(r.body.find("5 — отлично"), std::string::npos);
  EXPECT_NE(r.body.find("1 — неудовлетворительно"), std::string::npos);
  EXPECT_EQ(r.body.find("<script"), std::string::npos);
  EXPECT_NE(r.headers.find("Cache-Control: no-store"), std::string::npos);
}

TEST_F(FeedbackPages, ARatingShowsOnTheOrganisationPageApartFromTheScores) {
  auto r = alice_posts("/o/lib1/rate",
                       form({{"idempotency_key", "r1"}, {"comfort", "4"}, {"politeness", "5"}, {"booking", "3"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("Ваша оценка учтена"), std::string::npos);
  auto page = send("GET", "/o/lib1");
  EXPECT_NE(page.body.find("Оценки посетителей в баллах"), std::string::npos);
  EXPECT_NE(page.body.find("Комфорт и санитарно-гигиеническое состояние помещений <span class=\"muted\">(1 оценка)</span></th><td>4,0"),
            std::string::npos);
  EXPECT_NE(page.body.find("Ответили: 0 человек"), std::string::npos);  // the 344н survey count did not move
}

TEST_F(FeedbackPages, OutOfRangePointsAndUnknownAspectsComeBackWithTheChoicesKept) {
  auto r = as_alice("POST", "/o/lib1/rate", form({{"idempotency_key", "r2"}, {"comfort", "7"}, {"booking", "2"}}));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("id=\"error-summary\""), std::string::npos);
  EXPECT_NE(r.body.find("href=\"#comfort\""), std::string::npos);
  EXPECT_NE(r.body.find("name=\"booking\" value=\"2\" checked"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"r2\""), std::string::npos);  // the same key, so a corrected resubmit counts once
  auto unknown = as_alice("POST", "/o/lib1/rate", form({{"idempotency_key", "r3"}, {"mood", "5"}}));
  EXPECT_EQ(unknown.status, 422);
  EXPECT_NE(unknown.body.find("mood"), std::string::npos);
  EXPECT_TRUE(store->citizen_activity(alice, 10).ratings.empty());
}

TEST_F(FeedbackPages, RatingsAndOpinionsAreRefusedOutsideThisYearsCycle) {
  EXPECT_EQ(as_alice("GET", "/o/old1/rate").status, 409);
  EXPECT_EQ(as_alice("POST", "/o/old1/rate", form({{"idempotency_key", "x"}, {"comfort", "5"}})).status, 409);
  EXPECT_EQ(as_alice("POST", "/o/old1/opinion", form({{"idempotency_key", "y"}, {"agrees", "1"}})).status, 409);
  EXPECT_TRUE(store->citizen_activity(alice, 10).ratings.empty());
  EXPECT_TRUE(store->citizen_activity(alice, 10).opinions.empty());
}

TEST_F(FeedbackPages, AgreeAndDisagreeAreCountedOnceEach) {
  auto preset = as_alice("GET", "/o/lib1/opinion?agrees=0");
  EXPECT_NE(preset.body.find("value=\"0\" checked"), std::string::npos);
  EXPECT_EQ(as_alice("POST", "/o/lib1/opinion", form({{"idempotency_key", "o1"}, {"agrees", "1"}})).status, 303);
  EXPECT_EQ(send("POST", "/o/lib1/opinion", form({{"idempotency_key", "o2"}, {"agrees", "0"}, {"comment", "Долго"}}),
                 bob_token).status,
            303);
  auto changed = alice_posts("/o/lib1/opinion", form({{"idempotency_key", "o3"}, {"agrees", "0"}}));
  EXPECT_NE(changed.body.find("учтено новое мнение"), std::string::npos);
  EXPECT_NE(send("GET", "/o/lib1").body.find("С оценкой согласны: 0 человек, не согласны: 2 человека."),
            std::string::npos);
  auto missing = as_alice("POST", "/o/lib1/opinion", form({{"idempotency_key", "o4"}}));
  EXPECT_EQ(missing.status, 422);
  EXPECT_NE(missing.body.find("href=\"#agrees\""), std::string::npos);
}

TEST_F(FeedbackPages, ADoubleTapStoresOneReview) {
  const auto body = form({{"idempotency_key", "tap"}, {"text", "Тихо и чисто"}, {"tone", "positive"}});
  EXPECT_EQ(as_alice("POST", "/o/lib1/review", body).status, 303);
  EXPECT_EQ(as_alice("POST", "/o/lib1/review", body).status, 303);
  EXPECT_EQ(store->published_reviews("lib1", 10, 0).total, 1);
}

TEST_F(FeedbackPages, ScriptInEveryTextFieldIsShownAsText) {
  const std::string script = "<script>alert(1)</script>";
  ASSERT_EQ(as_alice("POST", "/o/lib1/review", form({{"idempotency_key", "s1"}, {"text", script}, {"tone", "neutral"}})).status, 303);
  ASSERT_EQ(as_alice("POST", "/o/lib1/appeal",
                     form({{"idempotency_key", "s2"}, {"subject", script}, {"text", script}})).status,
            303);
  ASSERT_EQ(as_alice("POST", "/o/lib1/opinion",
                     form({{"idempotency_key", "s3"}, {"agrees", "1"}, {"comment", script}})).status,
            303);
  ASSERT_EQ(as_alice("POST", "/o/lib1/measures", form({{"idempotency_key", "s4"}, {"text", script}})).status, 303);
  const auto appeal = store->citizen_activity(alice, 10).appeals.at(0).head.id;
  for (const std::string& path : std::vector<std::string>{"/o/lib1", "/o/lib1/reviews", "/me", "/me/appeals/" + std::to_string(appeal)}) {
    auto page = as_alice("GET", path);
    EXPECT_EQ(page.status, 200) << path;
    EXPECT_EQ(page.body.find("<script>"), std::string::npos) << path;
    EXPECT_NE(page.body.find("&lt;script&gt;"), std::string::npos) << path;
  }
  // Refused input comes back escaped too.
  const std::string over = script + std::string(2000, 'x');
  auto refused = as_alice("POST", "/o/lib1/review", form({{"idempotency_key", "s5"}, {"text", over}, {"tone", "neutral"}}));
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.body.find("<script>"), std::string::npos);
  EXPECT_NE(refused.body.find("сократите на 25"), std::string::npos);
}

TEST_F(FeedbackPages, AMissingOrWrongCsrfTokenChangesNothing) {
  const std::string review = "idempotency_key=c1&text=" + http::percent_encode("Подделка");
  EXPECT_EQ(as_alice("POST", "/o/lib1/review", review).status, 403);
  EXPECT_EQ(as_alice("POST", "/o/lib1/review", "csrf=forged&" + review).status, 403);
  EXPECT_EQ(as_alice("POST", "/o/lib1/appeal", "csrf=forged&subject=a&text=b").status, 403);
  EXPECT_EQ(as_alice("POST", "/o/lib1/rate", "csrf=forged&comfort=5").status, 403);
  EXPECT_EQ(store->published_reviews("lib1", 10, 0).total, 0);
  EXPECT_TRUE(store->citizen_activity(alice, 10).appeals.empty());
  EXPECT_TRUE(store->citizen_activity(alice, 10).ratings.empty());
}

TEST_F(FeedbackPages, AHeldReviewShowsItsReasonToItsAuthorOnly) {
  auto r = alice_posts("/o/lib1/review", form({{"idempotency_key", "h1"}, {"text", "Звоните 8 (912) 345-67-89"}, {"tone", "neutral"}}));
  EXPECT_NE(r.body.find("отправлен на проверку"), std::string::npos);
  EXPECT_EQ(send("GET", "/o/lib1").body.find("345-67-89"), std::string::npos);
  auto mine = as_alice("GET", "/me");
  EXPECT_NE(mine.body.find("На проверке у модератора"), std::string::npos);
  EXPECT_NE(mine.body.find("В тексте есть номер телефона"), std::string::npos);
  EXPECT_EQ(send("GET", "/me", "", bob_token).body.find("345-67-89"), std::string::npos);
}

TEST_F(FeedbackPages, TheOrganisationsAnswerShowsUnderTheReview) {
  ASSERT_EQ(as_alice("POST", "/o/lib1/review", form({{"idempotency_key", "a1"}, {"text", "Нет Wi-Fi"}, {"tone", "neutral"}})).status, 303);
  const auto id = store->published_reviews("lib1", 1, 0).items.at(0).head.id;
  ASSERT_TRUE(answer_review(*store, "lib1", id, "Подключим в июне").errors.empty());
  auto page = send("GET", "/o/lib1");
  EXPECT_NE(page.body.find("Нет Wi-Fi"), std::string::npos);
  EXPECT_NE(page.body.find("Ответ организации от"), std::string::npos);
  EXPECT_NE(page.body.find("Подключим в июне"), std::string::npos);
}

TEST_F(FeedbackPages, TheOrganisationPageStaysUnder30KbWithLongReviewsAndAnswers) {
  std::string longest, answer;  // the longest review and answer, Cyrillic: 2 bytes a character
  for (int i = 0; i < 333; ++i) longest += "Очень ";
  for (int i = 0; i < 833; ++i) answer += "Ответ ";
  for (int i = 0; i < 6; ++i) {
    const std::string text = longest + std::to_string(i) + "!";
    ASSERT_EQ(send("POST", "/o/lib1/review", form({{"idempotency_key", "w" + std::to_string(i)}, {"text", text}, {"tone", "neutral"}}),
                   i % 2 ? alice_token : bob_token)
                  .status,
              303)
        << i;
  }
  for (const auto& review : store->published_reviews("lib1", 10, 0).items)
    ASSERT_TRUE(answer_review(*store, "lib1", review.head.id, answer).errors.empty());
  ASSERT_EQ(as_alice("POST", "/o/lib1/rate", form({{"idempotency_key", "w"}, {"comfort", "5"}})).status, 303);
  auto page = send("GET", "/o/lib1");
  EXPECT_LT(page.body.size(), 30u * 1024);
  EXPECT_EQ(count(page.body, "<article class=\"review\">"), 3u);
  EXPECT_NE(page.body.find("Все отзывы (6 отзывов)"), std::string::npos);
  auto all = send("GET", "/o/lib1/reviews");
  EXPECT_EQ(count(all.body, "<article class=\"review\">"), 6u);
}

TEST_F(FeedbackPages, CommentsOnMeasuresOfferThePlanWhenThereIsNone) {
  auto r = as_alice("GET", "/o/lib1/measures");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("пока не опубликовала план"), std::string::npos);
  EXPECT_EQ(r.body.find("name=\"plan_item\""), std::string::npos);
  auto sent = alice_posts("/o/lib1/measures", form({{"idempotency_key", "m1"}, {"text", "Стало светлее"}}));
  EXPECT_NE(sent.body.find("передан организации"), std::string::npos);
  auto bad = as_alice("POST", "/o/lib1/measures", form({{"idempotency_key", "m2"}, {"plan_item", "42"}, {"text", "т"}}));
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("Выберите мероприятие из плана"), std::string::npos);
  EXPECT_NE(as_alice("GET", "/me").body.find("Стало светлее"), std::string::npos);
}

TEST_F(FeedbackPages, TheCitizensPageListsEverythingWithItsStateAndSignsOut) {
  ASSERT_EQ(as_alice("POST", "/o/lib1/rate", form({{"idempotency_key", "p1"}, {"comfort", "5"}})).status, 303);
  ASSERT_EQ(as_alice("POST", "/o/lib1/rate", form({{"idempotency_key", "p2"}, {"comfort", "3"}})).status, 303);
  ASSERT_EQ(as_alice("POST", "/o/lib1/survey",
                     form({{"idempotency_key", "p3"}, {"stand_used", "0"}, {"site_used", "0"}, {"comfort_ok", "1"},
                           {"disabled", "0"}, {"contact_polite", "1"}, {"staff_polite", "1"}, {"remote_used", "0"},
                           {"recommend", "1"}, {"conditions_ok", "1"}, {"overall_ok", "1"}}))
                .status,
            303);
  ASSERT_EQ(as_alice("POST", "/o/old1/appeal", form({{"idempotency_key", "p4"}, {"subject", "Часы работы"},
                                                     {"text", "Откройтесь в субботу"}}))
                .status,
            303);
  auto me = as_alice("GET", "/me");
  ASSERT_EQ(me.status, 200);
  EXPECT_NE(me.headers.find("Cache-Control: no-store"), std::string::npos);
  EXPECT_NE(me.body.find("Заменена более новой оценкой"), std::string::npos);
  EXPECT_NE(me.body.find("Комфорт и санитарно-гигиеническое состояние помещений: 3 — удовлетворительно"), std::string::npos);
  EXPECT_NE(me.body.find("Анкеты</h2>\n<p class=\"entry\"><a href=\"/o/lib1\">Библиотека № 1</a>, " +
                         day_text(iso_utc_now()) + " · <strong>Учтена"),
            std::string::npos);
  EXPECT_NE(me.body.find("Часы работы"), std::string::npos);
  EXPECT_NE(me.body.find("Ждёт ответа"), std::string::npos);
  EXPECT_NE(me.body.find("action=\"/logout\""), std::string::npos);
  EXPECT_NE(me.body.find("name=\"csrf\" value=\"" + csrf + "\""), std::string::npos);

  auto out = as_alice("POST", "/logout", "csrf=" + csrf);
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(as_alice("GET", "/me").status, 303);  // the session is gone
}

TEST_F(FeedbackPages, AnotherCitizensAppealIsNotFound) {
  ASSERT_EQ(as_alice("POST", "/o/lib1/appeal",
                     form({{"idempotency_key", "q1"}, {"subject", "Пандус"}, {"text", "Нет пандуса"}})).status,
            303);
  const auto id = std::to_string(store->citizen_activity(alice, 10).appeals.at(0).head.id);
  EXPECT_EQ(as_alice("GET", "/me/appeals/" + id).status, 200);
  auto other = send("GET", "/me/appeals/" + id, "", bob_token);
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(other.body.find("Пандус"), std::string::npos);
  EXPECT_EQ(as_alice("GET", "/me/appeals/12345").status, 404);
  EXPECT_EQ(as_alice("GET", "/me/appeals/abc").status, 404);
  EXPECT_EQ(send("GET", "/me/appeals/" + id).status, 303);
}


TEST_F(FeedbackPages, AReviewWithoutAToneIsRefusedAtTheToneQuestion) {
  const auto form_page = as_alice("GET", "/o/lib1/review");
  EXPECT_NE(form_page.body.find("<legend>Какой у отзыва тон</legend>"), std::string::npos);
  EXPECT_NE(form_page.body.find(R"(<input type="radio" name="tone" value="negative")"), std::string::npos);
  auto refused = as_alice("POST", "/o/lib1/review", form({{"idempotency_key", "t1"}, {"text", "Хорошо"}}));
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("href=\"#tone\""), std::string::npos);
  EXPECT_NE(refused.body.find("id=\"tone-error\""), std::string::npos);
  EXPECT_NE(refused.body.find("Выберите, какой у отзыва тон"), std::string::npos);
  EXPECT_NE(refused.body.find("Хорошо"), std::string::npos);  // the text is kept
  EXPECT_EQ(as_alice("POST", "/o/lib1/review", form({{"idempotency_key", "t2"}, {"text", "Хорошо"}, {"tone", "angry"}}))
                .status,
            422);
  EXPECT_TRUE(store->organisation_reviews("lib1", 10).empty());

  ASSERT_EQ(as_alice("POST", "/o/lib1/review", form({{"idempotency_key", "t3"}, {"text", "Хорошо"}, {"tone", "negative"}}))
                .status,
            303);
  EXPECT_EQ(store->organisation_reviews("lib1", 10).at(0).tone, feedback::ReviewTone::negative);
}

}  // namespace
}  // namespace nok::test
