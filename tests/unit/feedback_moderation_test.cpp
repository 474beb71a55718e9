// The automatic screening of reviews and the reading of the feedback forms' fields.
#include <gtest/gtest.h>

#include "domain/feedback/moderation.h"
#include "domain/feedback/records.h"

namespace nok::feedback {
namespace {

const std::vector<std::string> kRoots = parse_abuse_roots("# comment\n^хуе\nпизд  # trailing comment\n\n  БЛЯД \n");

TEST(ReviewScreening, TheRootListIsFoldedAndCommentsAreSkipped) {
  EXPECT_EQ(kRoots, (std::vector<std::string>{"^хуе", "пизд", "бляд"}));
}

TEST(ReviewScreening, AnchoredRootsMatchOnlyAtTheStartOfAWord) {
  EXPECT_EQ(screen_review("Хуёвое обслуживание", kRoots), "abuse");  // ё folds to е
  EXPECT_EQ(screen_review("Вас застрахуем бесплатно", kRoots), "");
  EXPECT_EQ(screen_review("распиздяи", kRoots), "abuse");
  EXPECT_EQ(screen_review("Всё хорошо", {}), "");
}

TEST(ReviewScreening, PhonesDocumentsAndAddressesAreTold) {
  EXPECT_EQ(screen_review("+7 912 345 67 89", kRoots), "personal_data_phone");
  EXPECT_EQ(screen_review("тел 9123456789", kRoots), "personal_data_phone");
  EXPECT_EQ(screen_review("паспорт 4506 123456", kRoots), "personal_data_number");
  EXPECT_EQ(screen_review("СНИЛС 112-233-445 95", kRoots), "personal_data_number");
  EXPECT_EQ(screen_review("почта: a_b@yandex.ru.", kRoots), "personal_data_email");
  EXPECT_EQ(screen_review("каб. 2-34-56, приём с 8 до 12, 2025 год", kRoots), "");
  EXPECT_EQ(screen_review("адрес @ не указан", kRoots), "");
}

TEST(ReviewScreening, EveryReasonIsExplainedToTheAuthor) {
  for (const char* reason : {"personal_data_phone", "personal_data_email", "personal_data_number", "abuse",
                             "mass_posting", "network_burst", "duplicate_text"})
    EXPECT_NE(explain_moderation(reason), "Проверяется модератором.") << reason;
  EXPECT_EQ(explain_moderation(""), "");
}

TEST(FeedbackRecords, TextsAreCountedInCharactersNotBytes) {
  std::string cyrillic;
  for (int i = 0; i < 2000; ++i) cyrillic += "я";
  const std::vector<Field> ok{{"text", cyrillic}, {"tone", "positive"}};
  EXPECT_TRUE(parse_review(ok).errors.empty());
  const std::string over = cyrillic + "я";
  const std::vector<Field> too_long{{"text", over}, {"tone", "positive"}};
  auto r = parse_review(too_long);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, "review_too_long");
  EXPECT_EQ(r.errors[0].message, "Текст отзыва длиннее 2000 знаков — сократите на 1");
}

TEST(FeedbackRecords, AReviewNeedsOneOfTheThreeTones) {
  for (auto tone : all_tones()) {
    const std::vector<Field> fields{{"text", "Хорошо"}, {"tone", code(tone)}};
    auto r = parse_review(fields);
    ASSERT_TRUE(r.errors.empty()) << code(tone);
    EXPECT_EQ(r.record.tone, tone);
  }
  const std::vector<Field> missing{{"text", "Хорошо"}}, empty{{"text", "Хорошо"}, {"tone", ""}},
      unknown{{"text", "Хорошо"}, {"tone", "angry"}};
  for (const auto* fields : {&missing, &empty, &unknown}) {
    auto r = parse_review(*fields);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].column, "tone");
    EXPECT_EQ(r.errors[0].message, "Выберите, какой у отзыва тон: положительный, отрицательный или нейтральный");
  }
  EXPECT_EQ(parse_review(missing).errors[0].code, "review_missing_field");
  EXPECT_EQ(parse_review(unknown).errors[0].code, "review_bad_choice");
  EXPECT_EQ(title(ReviewTone::negative), "отрицательный");
  EXPECT_EQ(title(std::nullopt), "не указан");
}

TEST(FeedbackRecords, AppealsNeedBothFieldsAndAOneLineSubject) {
  const std::vector<Field> both{{"subject", "  Пандус  "}, {"text", "Нет пандуса\r\nу входа"}};
  auto ok = parse_appeal(both);
  ASSERT_TRUE(ok.errors.empty());
  EXPECT_EQ(ok.record.subject, "Пандус");
  EXPECT_EQ(ok.record.text, "Нет пандуса\r\nу входа");
  const std::vector<Field> none{};
  auto missing = parse_appeal(none);
  ASSERT_EQ(missing.errors.size(), 2u);
  EXPECT_EQ(missing.errors[0].column, "subject");
  EXPECT_EQ(missing.errors[1].column, "text");
  const std::vector<Field> tab{{"subject", "a\tb"}, {"text", "x\x01y"}};
  EXPECT_EQ(parse_appeal(tab).errors.at(0).code, "appeal_bad_character");
}

TEST(FeedbackRecords, PlanItemsAreIdsOrEmpty) {
  const std::vector<Field> general{{"plan_item", ""}, {"text", "т"}};
  EXPECT_EQ(parse_measure_feedback(general).record.plan_item_id, 0);
  const std::vector<Field> item{{"plan_item", "7512344"}, {"text", "т"}};
  EXPECT_EQ(parse_measure_feedback(item).record.plan_item_id, 7512344);
  for (const char* bad : {"-3", "0", "12a", "99999999999999999999"}) {
    const std::vector<Field> fields{{"plan_item", bad}, {"text", "т"}};
    EXPECT_EQ(parse_measure_feedback(fields).errors.at(0).code, "measures_bad_item") << bad;
  }
}

}  // namespace
}  // namespace nok::feedback
