// Reviews: automatic screening, publication, the organisation's answer; over both engines.
#include "app/feedback/answers.h"
#include "store/feedback_fixture.h"
#include "support/error_kind.h"
#include "support/feedback_waits.h"

namespace nok::test {
namespace {

using Reviews = FeedbackStore;

TEST_F(Reviews, ACleanReviewIsPublishedAtOnceAsWritten) {
  auto r = post_review(*store, request("old1", alice, {{"text", "<script>alert(1)</script> Хорошая библиотека"}, {"tone", "positive"}}, "v1"));
  ASSERT_TRUE(r.errors.empty()) << describe(r.errors[0]);  // reviews need no cycle
  EXPECT_EQ(r.outcome.status, "published");
  auto page = store->published_reviews("old1", 10, 0);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items.at(0).text, "<script>alert(1)</script> Хорошая библиотека");  // escaping is the page's job
  EXPECT_EQ(store->organisation_feedback("old1", 0, 3).reviews.total, 1);
}

TEST_F(Reviews, PersonalDataAndAbuseHoldAReviewWithAReason) {
  const std::vector<std::pair<const char*, const char*>> cases{
      {"Звоните мне: +7 (912) 345-67-89", "personal_data_phone"},
      {"Мой номер 8 912 345 67 89, перезвоните", "personal_data_phone"},
      {"Пишите на ivanov.petr@mail.ru", "personal_data_email"},
      {"Паспорт 45 06 123456 потеряли в регистратуре", "personal_data_number"},
      {"СНИЛС 123-456-789 01 не приняли", "personal_data_number"},
      {"Охранник — мудак", "abuse"},
      {"Всё ПИЗДец как плохо", "abuse"},
  };
  int n = 0;
  for (const auto& [text, reason] : cases) {
    // One author each: an account posts at most five reviews a day.
    const auto author = store->upsert_citizen("held-author-" + std::to_string(n), "");
    auto r = post_review(*store, request("lib1", author, {{"text", text}, {"tone", "positive"}}, "held" + std::to_string(n++)));
    ASSERT_TRUE(r.errors.empty()) << text;
    EXPECT_EQ(r.outcome.status, "pending") << text;
    auto mine = store->citizen_activity(author, 20).reviews;
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].moderation_reason, reason) << text;
  }
  EXPECT_EQ(store->published_reviews("lib1", 10, 0).total, 0);
}

TEST_F(Reviews, InnocentWordsAndShortNumbersPublish) {
  int n = 0;
  for (const char* text : {"Застрахуем всех, сказали в регистратуре", "Дали мандарин, команда отличная",
                           "Учёба в кружке, кабинет 12, телефон 2-34-56", "Приём 12.03.2026 в 10:30"}) {
    auto r = post_review(*store, request("lib1", alice, {{"text", text}, {"tone", "positive"}}, "i" + std::to_string(n++)));
    EXPECT_EQ(r.outcome.status, "published") << text;
  }
}

TEST_F(Reviews, TheAbuseListIsConfigurable) {
  const ReviewPolicy strict{{"^плох"}};
  auto r = post_review(*store, request("lib1", alice, {{"text", "Плохо убирают"}, {"tone", "positive"}}, "c1"), strict);
  EXPECT_EQ(r.outcome.status, "pending");
  EXPECT_EQ(post_review(*store, request("lib1", alice, {{"text", "Плохо убирают"}, {"tone", "positive"}}, "c2")).outcome.status,
            "published");
}

TEST_F(Reviews, EmptyAndOversizedReviewsAreRefused) {
  EXPECT_EQ(post_review(*store, request("lib1", alice, {{"text", "   "}, {"tone", "positive"}}, "e1")).errors.at(0).code,
            "review_missing_field");
  std::string longest;
  for (int i = 0; i < 2000; ++i) longest += "ж";
  EXPECT_TRUE(post_review(*store, request("lib1", alice, {{"text", longest}, {"tone", "positive"}}, "e2")).errors.empty());
  const std::string over = longest + "ж";
  auto r = post_review(*store, request("lib1", alice, {{"text", over}, {"tone", "positive"}}, "e3"));
  EXPECT_EQ(kind_of(r.errors), "invalid");
  EXPECT_EQ(r.errors.at(0).code, "review_too_long");
  EXPECT_EQ(post_review(*store, request("lib1", alice, {{"text", std::string_view("a\0b", 3)}, {"tone", "positive"}}, "e4")).errors.at(0).code,
            "review_bad_character");
  EXPECT_EQ(store->published_reviews("lib1", 10, 0).total, 1);
}

TEST_F(Reviews, ARepeatedKeyStoresOneReview) {
  auto first = post_review(*store, request("lib1", alice, {{"text", "Спасибо"}, {"tone", "positive"}}, "k"));
  auto again = post_review(*store, request("lib1", alice, {{"text", "Спасибо"}, {"tone", "positive"}}, "k"));
  EXPECT_TRUE(again.outcome.repeated);
  EXPECT_EQ(again.outcome.id, first.outcome.id);
  EXPECT_EQ(again.outcome.status, "published");
  EXPECT_EQ(store->published_reviews("lib1", 10, 0).total, 1);
  // Keys are per citizen: bob's "k" is his own.
  EXPECT_FALSE(post_review(*store, request("lib1", bob, {{"text", "Спасибо"}, {"tone", "positive"}}, "k")).outcome.repeated);
}

TEST_F(Reviews, TheOrganisationAnswersItsOwnPublishedReviewsOnly) {
  auto clean = post_review(*store, request("lib1", alice, {{"text", "Мало книг"}, {"tone", "positive"}}, "a1")).outcome.id;
  auto held = post_review(*store, request("lib1", alice, {{"text", "Тел. 89123456789"}, {"tone", "positive"}}, "a2")).outcome.id;
  EXPECT_EQ(kind_of(answer_review(*store, "lib1", clean, "   ").errors), "invalid");
  EXPECT_EQ(kind_of(answer_review(*store, "lib2", clean, "Не наш отзыв").errors), "not_found");
  EXPECT_EQ(kind_of(answer_review(*store, "lib1", held, "Ещё не опубликован").errors), "not_found");
  EXPECT_TRUE(answer_review(*store, "lib1", clean, "Закупим новые", 0).errors.empty());
  auto page = store->organisation_feedback("lib1", cycle, 3).reviews;
  ASSERT_EQ(page.items.size(), 1u);
  EXPECT_EQ(page.items[0].answer, "Закупим новые");
  EXPECT_FALSE(page.items[0].answered_at.empty());
}

TEST_F(Reviews, PagesOfPublishedReviewsAreNewestFirst) {
  for (int i = 0; i < 5; ++i) {
    const std::string text = "Отзыв " + std::to_string(i);
    ASSERT_TRUE(post_review(*store, request("lib2", bob, {{"text", text}, {"tone", "positive"}}, "p" + std::to_string(i))).errors.empty());
  }
  auto page = store->published_reviews("lib2", 2, 2);
  EXPECT_EQ(page.total, 5);
  ASSERT_EQ(page.items.size(), 2u);
  EXPECT_EQ(page.items[0].text, "Отзыв 2");
  EXPECT_EQ(page.items[1].text, "Отзыв 1");
}

}  // namespace
}  // namespace nok::test
