#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "domain/methodology/methodology.h"
#include "domain/survey/answer_code.h"
#include "domain/survey/response_check.h"
#include "domain/survey/timestamp.h"

namespace nok::survey {
namespace {

// A valid culture response; tests change one field and look for the one error it causes.
std::vector<std::pair<std::string, std::string>> good() {
  return {{"org", "mus1"},     {"channel", "web"}, {"collected_at", "2026-03-01T10:00:00+03:00"},
          {"stand_used", "1"}, {"stand_ok", "1"},  {"site_used", "0"},
          {"site_ok", ""},     {"overall_ok", "1"}, {"suggestions", "Больше скамеек"},
          {"sex", "Ж"},        {"age", " 34 "}};
}

ParsedResponse parse(const std::vector<std::pair<std::string, std::string>>& cells,
                     Sphere sphere = Sphere::culture) {
  std::vector<Field> fields;
  for (const auto& [k, v] : cells) fields.push_back({k, v});
  return parse_response(methodology::questionnaire_for(methodology::default_methodology(), sphere), fields);
}

auto with(std::string key, std::string value) {
  auto cells = good();
  auto it = std::find_if(cells.begin(), cells.end(), [&](const auto& c) { return c.first == key; });
  if (it == cells.end()) cells.emplace_back(key, value);
  else it->second = value;
  return cells;
}

std::vector<std::string> codes(const ParsedResponse& p) {
  std::vector<std::string> out;
  for (const auto& e : p.errors) out.push_back(e.code + ":" + e.column);
  return out;
}

using Codes = std::vector<std::string>;

TEST(ResponseCheck, ReadsAValidResponse) {
  auto p = parse(good());
  ASSERT_TRUE(p.errors.empty()) << describe(p.errors[0]);
  EXPECT_EQ(p.response.org, "mus1");
  EXPECT_EQ(p.response.channel, Channel::web);
  EXPECT_EQ(p.response.answers[Item::stand_ok], Answer::yes);
  EXPECT_EQ(p.response.answers[Item::site_used], Answer::no);
  EXPECT_EQ(p.response.answers[Item::site_ok], Answer::none);
  EXPECT_EQ(p.response.sex, Sex::female);
  EXPECT_EQ(p.response.age, 34);
  EXPECT_EQ(p.response.suggestions, "Больше скамеек");
}

TEST(ResponseCheck, NamesEachBrokenRuleWithItsColumn) {
  EXPECT_EQ(codes(parse(with("channel", "telegram"))), Codes{"survey_bad_channel:channel"});
  EXPECT_EQ(codes(parse(with("collected_at", "01.03.2026"))), Codes{"survey_bad_collected_at:collected_at"});
  EXPECT_EQ(codes(parse(with("stand_ok", "да"))), Codes{"survey_bad_answer:stand_ok"});
  EXPECT_EQ(codes(parse(with("sex", "x"))), Codes{"survey_bad_sex:sex"});
  EXPECT_EQ(codes(parse(with("age", "13"))), Codes{"survey_bad_age:age"});
  EXPECT_EQ(codes(parse(with("age", "121"))), Codes{"survey_bad_age:age"});
  EXPECT_EQ(codes(parse(with("age", "30.5"))), Codes{"survey_bad_age:age"});
  EXPECT_EQ(codes(parse(with("org", "школа 1"))), Codes{"survey_bad_org:org"});
  EXPECT_EQ(codes(parse(with("org", ""))), Codes{"survey_missing_field:org"});
  EXPECT_EQ(codes(parse(with("favourite_colour", "blue"))), Codes{"survey_unknown_key:favourite_colour"});
  EXPECT_EQ(codes(parse(with("suggestions", std::string(4001, 'a')))), Codes{"survey_too_long:suggestions"});
  auto twice = good();
  twice.emplace_back("overall_ok", "0");
  EXPECT_EQ(codes(parse(twice)), Codes{"survey_duplicate_key:overall_ok"});
  auto no_channel = good();
  no_channel.erase(no_channel.begin() + 1);
  EXPECT_EQ(codes(parse(no_channel)), Codes{"survey_missing_field:channel"});
}

TEST(ResponseCheck, ReportsEveryErrorOfARecordNotJustTheFirst) {
  auto cells = with("channel", "fax");
  cells.back().second = "7";  // age
  EXPECT_EQ(codes(parse(cells)), (Codes{"survey_bad_channel:channel", "survey_bad_age:age"}));
}

TEST(ResponseCheck, DependentItemsNeedTheirFilterAnsweredYes) {
  EXPECT_EQ(codes(parse(with("site_ok", "1"))), Codes{"survey_filter:site_ok"});  // site_used = 0
  EXPECT_EQ(codes(parse(with("access_ok", "0"))), Codes{"survey_filter:access_ok"});  // disabled unanswered
  auto cells = with("remote_used", "1");
  cells.emplace_back("remote_polite", "0");
  EXPECT_TRUE(parse(cells).errors.empty());
  // Both questions by number and wording, as a person knows them from the form; the field
  // itself is the error's column.
  const auto message = parse(with("site_ok", "1")).errors[0].message;
  EXPECT_NE(message.find("на вопрос 4 «Удовлетворены ли Вы"), std::string::npos) << message;
  EXPECT_NE(message.find("на вопрос 3 «Пользовались ли Вы официальным сайтом"), std::string::npos) << message;
  EXPECT_EQ(message.find("site_"), std::string::npos) << message;
}

TEST(ResponseCheck, TimelyBelongsOnlyToHealthAndSocialQuestionnaires) {
  EXPECT_EQ(codes(parse(with("timely", "1"))), Codes{"survey_not_in_questionnaire:timely"});
  EXPECT_TRUE(parse(with("timely", "1"), Sphere::health).errors.empty());
  EXPECT_TRUE(parse(with("timely", ""), Sphere::culture).errors.empty());  // an empty cell asks nothing
}

TEST(ResponseCheck, AResponseWithoutAnswersIsRefused) {
  std::vector<std::pair<std::string, std::string>> cells{
      {"org", "mus1"}, {"channel", "app"}, {"collected_at", "2026-03-01"}, {"stand_used", ""}};
  EXPECT_EQ(codes(parse(cells)), Codes{"survey_empty:"});
}

TEST(Timestamp, AcceptsIso8601DatesAndDateTimesThatExist) {
  for (const char* ok : {"2026-03-05", "2026-03-05T14:30", "2026-03-05T14:30:59", "2026-03-05 14:30:00",
                         "2026-03-05T14:30:00.123Z", "2026-03-05T14:30:00+03:00", "2026-03-05T14:30:00+0300",
                         "2026-03-05T14:30-05", "2024-02-29", "2000-02-29"})
    EXPECT_TRUE(valid_timestamp(ok)) << ok;
  for (const char* bad : {"", "05.03.2026", "2026-3-5", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01",
                          "2026-03-05T24:00", "2026-03-05T14:60", "2026-03-05T14", "2026-03-05T14:30:00+3",
                          "2026-03-05T14:30:00.", "2026-03-05X14:30", "2026-03-05T14:30:00+03:00 ", "вчера"})
    EXPECT_FALSE(valid_timestamp(bad)) << bad;
}

TEST(AnswerCode, RoundTripsOneCharacterPerItem) {
  Answers a;
  a[Item::stand_used] = Answer::yes;
  a[Item::stand_ok] = Answer::no;
  a[Item::overall_ok] = Answer::yes;
  EXPECT_EQ(encode_answers(a), "10------------1");
  EXPECT_EQ(encode_answers(a).size(), kItemCount);
  auto decoded = decode_answers(encode_answers(a));
  ASSERT_TRUE(decoded);
  EXPECT_EQ(*decoded, a);
}

TEST(AnswerCode, ShorterCodesReadAsUnansweredTailsAndBadCodesAreRefused) {
  auto short_code = decode_answers("11");
  ASSERT_TRUE(short_code);
  EXPECT_EQ((*short_code)[Item::stand_ok], Answer::yes);
  EXPECT_EQ((*short_code)[Item::site_used], Answer::none);
  EXPECT_EQ(decode_answers("1x").error().code, "survey_bad_code");
  EXPECT_EQ(decode_answers(std::string(kItemCount + 1, '1')).error().code, "survey_bad_code");
}

}  // namespace
}  // namespace nok::survey
