#include <gtest/gtest.h>

#include <algorithm>

#include "core/json_document.h"
#include "domain/methodology/edition_file.h"
#include "domain/methodology/score.h"
#include "domain/survey/questionnaire_file.h"
#include "support/test_editions.h"

namespace nok::methodology {
namespace {

std::optional<std::string> shipped(std::string_view id) { return shipped_edition_text(id); }

// An edition that extends the shipped 344n one, with `members` appended to its root.
std::string derived(const std::string& members) {
  return "{\n  \"format\": \"nok-methodology/1\",\n  \"id\": \"test-k1\",\n  \"extends\": \"344n-2019\"" +
         (members.empty() ? std::string() : ",\n" + members) + "\n}\n";
}

const Error* find(const Errors& errors, std::string_view code) {
  auto it = std::find_if(errors.begin(), errors.end(), [&](const Error& e) { return e.code == code; });
  return it == errors.end() ? nullptr : &*it;
}

TEST(EditionFile, TheShippedEditionReadsBackAsTheDefault) {
  const auto text = shipped_edition_text("344n-2019");
  ASSERT_TRUE(text);
  auto read = read_methodology(*text, shipped);
  ASSERT_TRUE(read.errors.empty()) << describe(read.errors.front());
  EXPECT_EQ(read.methodology->id, default_methodology().id);
  EXPECT_EQ(read.methodology->indicators.size(), 15u);
  EXPECT_EQ(read.methodology->criteria[1].variants.size(), 2u);
  EXPECT_EQ(read.methodology->sample.cap, 600);
  EXPECT_EQ(questionnaire_for(*read.methodology, Sphere::health).id, "675n-2018/timely");
  EXPECT_EQ(questionnaire_for(*read.methodology, Sphere::culture).id, "675n-2018/core");
}

TEST(EditionFile, ChangedWeightsGiveTheHandComputedCriterion) {
  auto read = read_methodology(
      test::edition_with_criteria("test-k1", "Другие веса", R"({"1.1": 0.5, "1.2": 0.25, "1.3": 0.25})"), shipped);
  ASSERT_TRUE(read.errors.empty()) << describe(read.errors.front());
  EXPECT_EQ(read.resolved.find("extends"), std::string::npos);  // stored self-contained

  ExpertInputs e;
  e[ExpertField::info_stand] = 8, e[ExpertField::info_stand_required] = 10;
  e[ExpertField::info_site] = 9, e[ExpertField::info_site_required] = 10;
  e[ExpertField::remote_channels] = 2;
  survey::SurveyCounters c;
  c.items[static_cast<std::size_t>(survey::Item::stand_ok)] = {3, 4};
  c.items[static_cast<std::size_t>(survey::Item::site_ok)] = {1, 2};
  // 1.1 = (80 + 90) / 2 = 85; 1.2 = 2 × 30 = 60; 1.3 = (75 + 50) / 2 = 62.5.
  EXPECT_DOUBLE_EQ(*score(*read.methodology, Sphere::culture, c, e).criteria[0], 0.5 * 85 + 0.25 * 60 + 0.25 * 62.5);
  EXPECT_DOUBLE_EQ(*score(default_methodology(), Sphere::culture, c, e).criteria[0], 0.3 * 85 + 0.3 * 60 + 0.4 * 62.5);
}

TEST(EditionFile, WeightsThatDoNotSumToOneAreRefusedWithTheirLine) {
  auto read = read_methodology(derived(R"(  "criteria": [
    {"id": "K1", "title": "Открытость",
     "variants": [{"1.1": 0.3, "1.2": 0.3, "1.3": 0.3}]}
  ])"),
                               shipped);
  const auto* e = find(read.errors, "edition_weights_sum");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->line, 7);
  EXPECT_EQ(e->column, "/criteria/0/variants/0");
  EXPECT_NE(e->message.find("0,9"), std::string::npos) << e->message;
  EXPECT_TRUE(find(read.errors, "edition_unused_indicator"));  // 2.1 … 5.3 now in no criterion
  EXPECT_FALSE(read.methodology);
}

TEST(EditionFile, AnUnknownIndicatorItemOrKeyIsNamed) {
  auto read = read_methodology(derived(R"(  "criteria": [{"id": "K1", "title": "x", "variants": [{"9.9": 1}]}],
  "sample": {"share_of_recipients": 0.4, "cap": 600, "min_site_app_share": 0.2, "wieght": 1})"),
                               shipped);
  EXPECT_EQ(find(read.errors, "edition_unknown_indicator")->column, "/criteria/0/variants/0/9.9");
  EXPECT_EQ(find(read.errors, "json_unknown_key")->column, "/sample/wieght");
  EXPECT_EQ(find(read.errors, "json_unknown_key")->line, 6);
}

TEST(EditionFile, ACycleOfBasesIsRefused) {
  const std::string a = R"({"format": "nok-methodology/1", "id": "a", "extends": "b"})";
  const std::string b = R"({"format": "nok-methodology/1", "id": "b", "extends": "a"})";
  auto texts = [&](std::string_view id) -> std::optional<std::string> {
    if (id == "a") return a;
    if (id == "b") return b;
    return std::nullopt;
  };
  auto read = read_methodology(a, texts);
  ASSERT_TRUE(find(read.errors, "edition_cycle")) << describe(read.errors.front());
  EXPECT_NE(find(read.errors, "edition_cycle")->message.find("a → b → a"), std::string::npos);
  auto self = read_methodology(R"({"format": "nok-methodology/1", "id": "a", "extends": "a"})", texts);
  EXPECT_TRUE(find(self.errors, "edition_cycle"));
  auto unknown = read_methodology(R"({"format": "nok-methodology/1", "id": "c", "extends": "z"})", texts);
  EXPECT_TRUE(find(unknown.errors, "edition_unknown_base"));
}

TEST(EditionFile, RepeatedKeysBrokenJsonAndOtherEncodingsAreRefused) {
  auto repeated = read_methodology(derived(R"(  "title": "x",
  "title": "y")"),
                                   shipped);
  ASSERT_TRUE(find(repeated.errors, "json_duplicate_key"));
  EXPECT_EQ(find(repeated.errors, "json_duplicate_key")->line, 6);
  auto broken = read_methodology("{\n  \"id\": \"x\",\n  \"title\": \n}\n", shipped);
  ASSERT_TRUE(find(broken.errors, "json_syntax"));
  EXPECT_EQ(find(broken.errors, "json_syntax")->line, 4);
  auto trailing = read_methodology("{\"format\": \"nok-methodology/1\"}\n{\"a\": 1, \"b\": 2}\n", shipped);
  ASSERT_TRUE(find(trailing.errors, "json_syntax"));  // a second root is refused, not ignored
  EXPECT_EQ(find(trailing.errors, "json_syntax")->line, 2);
  auto bom = read_methodology("\xEF\xBB\xBF{}", shipped);
  EXPECT_TRUE(find(bom.errors, "json_bom"));
  auto huge = read_methodology(derived(R"(  "sample": {"share_of_recipients": 0.4, "cap": 1e400, "min_site_app_share": 0.2})"),
                               shipped);
  EXPECT_EQ(find(huge.errors, "edition_out_of_range")->column, "/sample/cap");
  auto cp1251 = read_methodology("{\"title\": \"\xcc\xe5\xf2\xee\xe4\xe8\xea\xe0\"}", shipped);
  EXPECT_TRUE(find(cp1251.errors, "json_not_utf8"));
}

TEST(EditionFile, AnItemTheQuestionnaireDoesNotAskIsRefused) {
  auto read = read_methodology(derived(R"(  "questionnaires": {"default": "675n-2018/core"})"), shipped);
  const auto* e = find(read.errors, "edition_item_not_asked");  // 2.2 reads `timely` in health care
  ASSERT_TRUE(e);
  EXPECT_EQ(e->column, "/indicators/4");
}

TEST(EditionFile, BandsOutOfOrderAndASampleOutOfRangeAreRefused) {
  auto read = read_methodology(derived(R"(  "waiting_points": {"bands": [{"max_days": 9, "points": 80}, {"max_days": 7, "points": 100}], "beyond": 10},
  "sample": {"share_of_recipients": 1.4, "cap": 0, "min_site_app_share": 0.2})"),
                               shipped);
  EXPECT_TRUE(find(read.errors, "edition_bands_order"));
  EXPECT_EQ(std::count_if(read.errors.begin(), read.errors.end(),
                          [](const Error& e) { return e.code == "edition_out_of_range"; }),
            2);
}

TEST(EditionFile, AQuestionnaireNamedByIdIsReadFromTheOtherTexts) {
  const auto questionnaire = test::questionnaire_with_wording("region-2027/all", "Пользовались ли вы стендом в холле?");
  const EditionTexts texts = [&](std::string_view id) -> std::optional<std::string> {
    if (id == "region-2027/all") return questionnaire;
    return shipped_edition_text(id);
  };
  auto read = read_methodology(test::edition_asking("test-q", "region-2027/all"), texts);
  ASSERT_TRUE(read.errors.empty()) << describe(read.errors.front());
  for (Sphere sphere : all_spheres()) {
    const auto& asked = questionnaire_for(*read.methodology, sphere);
    EXPECT_EQ(asked.id, "region-2027/all");
    EXPECT_EQ(asked.questions.front().wording, "Пользовались ли вы стендом в холле?");
  }

  auto unknown = read_methodology(test::edition_asking("test-q", "region-2027/none"), texts);
  ASSERT_TRUE(find(unknown.errors, "edition_unknown_questionnaire"));
  EXPECT_EQ(find(unknown.errors, "edition_unknown_questionnaire")->column, "/questionnaires/default");
  // An id that names a methodology, or a questionnaire that is itself broken, is not asked.
  auto methodology_named = read_methodology(test::edition_asking("test-q", "344n-2019"), texts);
  EXPECT_TRUE(find(methodology_named.errors, "edition_bad_questionnaire"));
  // Without `timely`, 2.2 of health care reads a question nobody is asked.
  const auto core = test::questionnaire_with_wording("region-2027/core", "Стенд?", "675n-2018/core");
  auto narrow = read_methodology(test::edition_asking("test-q", "region-2027/core"),
                                 [&](std::string_view id) -> std::optional<std::string> {
                                   if (id == "region-2027/core") return core;
                                   return shipped_edition_text(id);
                                 });
  EXPECT_TRUE(find(narrow.errors, "edition_item_not_asked"));
}

}  // namespace
}  // namespace nok::methodology

namespace nok::survey {
namespace {

std::string questionnaire(const std::string& questions) {
  return R"({"format": "nok-questionnaire/1", "id": "test/q", "title": "Т", "preamble": "П",
  "questions": [)" + questions + R"(],
  "suggestions_wording": "С", "suggestions_max_length": 100, "sex_wording": "П", "age_wording": "В",
  "age": {"min": 14, "max": 120}})";
}

const Error* find(const Errors& errors, std::string_view code) {
  auto it = std::find_if(errors.begin(), errors.end(), [&](const Error& e) { return e.code == code; });
  return it == errors.end() ? nullptr : &*it;
}

TEST(QuestionnaireFile, TheShippedOnesReadBack) {
  ASSERT_EQ(questionnaires().size(), 2u);
  EXPECT_EQ(find_questionnaire("675n-2018/timely")->questions.size(), 15u);
}

TEST(QuestionnaireFile, AFilterMayPointOnlyBackwards) {
  auto forward = read_questionnaire(questionnaire(R"(
    {"item": "stand_ok", "number": "1", "wording": "Довольны?", "asked_if_yes": "stand_used"},
    {"item": "stand_used", "number": "2", "wording": "Смотрели?"})"));
  ASSERT_TRUE(find(forward.errors, "questionnaire_filter_order"));
  EXPECT_EQ(find(forward.errors, "questionnaire_filter_order")->line, 3);
  auto self = read_questionnaire(questionnaire(R"(
    {"item": "stand_ok", "number": "1", "wording": "Довольны?", "asked_if_yes": "stand_ok"})"));
  EXPECT_TRUE(find(self.errors, "questionnaire_filter_order"));
  auto fine = read_questionnaire(questionnaire(R"(
    {"item": "stand_used", "number": "1", "wording": "Смотрели?"},
    {"item": "stand_ok", "number": "2", "wording": "Довольны?", "asked_if_yes": "stand_used"})"));
  EXPECT_TRUE(fine.errors.empty()) << describe(fine.errors.front());
}

TEST(QuestionnaireFile, RepeatedItemsNumbersAndUnknownItemsAreRefused) {
  auto read = read_questionnaire(questionnaire(R"(
    {"item": "stand_used", "number": "1", "wording": "А?"},
    {"item": "stand_used", "number": "1", "wording": "Б?"},
    {"item": "parking_ok", "number": "3", "wording": "В?"})"));
  EXPECT_TRUE(find(read.errors, "questionnaire_duplicate_item"));
  EXPECT_TRUE(find(read.errors, "questionnaire_duplicate_number"));
  EXPECT_TRUE(find(read.errors, "questionnaire_unknown_item"));
}

}  // namespace
}  // namespace nok::survey
