#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/scoring/json_text.h"
#include "app/scoring/report_csv.h"
#include "app/scoring/response_csv.h"
#include "app/scoring/score_files.h"

namespace nok::scoring {
namespace {

using survey::Answer;
using survey::Item;
using survey::Response;

std::vector<Response> tricky_responses() {
  Response a{.org = "mus1", .channel = survey::Channel::operator_interview, .collected_at = "2026-03-01T10:00:00+03:00"};
  a.answers[Item::stand_used] = Answer::yes;
  a.answers[Item::stand_ok] = Answer::no;
  a.answers[Item::overall_ok] = Answer::yes;
  a.suggestions = "Сделайте пандус, \"как в библиотеке\"\nи вторую строку; с точкой с запятой";
  a.sex = survey::Sex::female;
  a.age = 71;
  Response b{.org = "pol-2", .channel = survey::Channel::app, .collected_at = "2026-03-02"};
  b.answers[Item::timely] = Answer::no;
  b.answers[Item::disabled] = Answer::yes;
  b.answers[Item::access_ok] = Answer::yes;
  b.suggestions = "\"\"";
  return {a, b};
}

std::vector<Response> read_all(std::string_view text, Errors* errors = nullptr) {
  std::vector<Response> out;
  auto e = read_responses(text, Catalog(), [&](Response&& r, int) { out.push_back(std::move(r)); return Errors{}; });
  for (const auto& error : e) ADD_FAILURE() << describe(error);
  if (errors) *errors = e;
  return out;
}

std::string excel(std::string text) {  // what Excel saves: a BOM and CRLF line ends
  std::string out = "\xEF\xBB\xBF";
  for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

TEST(ResponseCsv, WriteThenReadGivesTheSameResponses) {
  const auto original = tricky_responses();
  const auto text = write_responses(original);
  EXPECT_TRUE(text.starts_with("org,channel,collected_at,stand_used,stand_ok,site_used,site_ok,timely,"));
  EXPECT_EQ(read_all(text), original);
}

TEST(ResponseCsv, SurvivesABomAndCrlfLineEnds) {
  const auto original = tricky_responses();
  auto back = read_all(excel(write_responses(original)));
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].answers, original[0].answers);
  // Line breaks inside a quoted field come back as written by the reader: LF.
  EXPECT_EQ(back[0].suggestions, original[0].suggestions);
  EXPECT_EQ(back, original);
}

TEST(ResponseCsv, AFormulaInATextIsWrittenAsTextAndReadsBackAsWritten) {
  auto original = tricky_responses();
  original[0].suggestions = "=HYPERLINK(\"http://evil.example\",\"x\")";
  original[1].suggestions = "'-1";
  original[1].org = "-pol";
  const auto text = write_responses(original);
  EXPECT_NE(text.find("\n'-pol,app,"), std::string::npos) << text;
  EXPECT_NE(text.find(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","), std::string::npos) << text;
  EXPECT_NE(text.find(",''-1,"), std::string::npos) << text;
  EXPECT_EQ(read_all(text), original);
}

TEST(ResponseCsv, ReadsSemicolonSeparatedFiles) {
  std::string text = write_responses(tricky_responses());
  std::string header = text.substr(0, text.find('\n'));
  for (char& c : header)
    if (c == ',') c = ';';
  const std::string row = "lib1;web;2026-03-01;;;;;;1;;;;;;;;;1;\"a, b; c\";m;40;\n";  // interview_id empty
  auto back = read_all(header + "\n" + row);
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].suggestions, "a, b; c");
  EXPECT_EQ(back[0].sex, survey::Sex::male);
}

TEST(ResponseCsv, ErrorsCarryThePhysicalLineAfterMultiLineFields) {
  std::string text = write_responses(tricky_responses());  // rows on lines 2–3 and 4
  text += "mus1,web,not-a-date,,,,,,,,,,,,,,,1,,,,\n";
  std::vector<Response> ok;
  auto errors = read_responses(text, Catalog(), [&](Response&& r, int) { ok.push_back(std::move(r)); return Errors{}; });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 5);
  EXPECT_EQ(errors[0].column, "collected_at");
  EXPECT_EQ(describe(errors[0]).rfind("строка 5, столбец collected_at: ", 0), 0u);
}

TEST(ResponseCsv, ATruncatedFileIsOneErrorNamingWhereTheQuoteOpened) {
  auto errors = read_responses(write_responses(tricky_responses()) + "mus1,web,2026-03-01,\"open", Catalog(),
                               [](Response&&, int) { return Errors{}; });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code, "csv_unterminated_quote");
  EXPECT_EQ(errors[0].line, 5);
}

TEST(Catalog, KnowsEverythingWithoutARegistryAndOnlyItsOrganisationsWithOne) {
  Errors errors;
  Catalog open;
  open.check_known("survey", "anything", errors);
  EXPECT_TRUE(errors.empty());
  // Without a registry, the widest form the edition asks (of the default edition: with `timely`).
  EXPECT_EQ(open.questionnaire("anything").id, "675n-2018/timely");
  Catalog registry({Organisation{.code = "mus1", .sphere = Sphere::culture}});
  registry.check_known("survey", "ghost", errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code, "survey_unknown_org");
  EXPECT_EQ(registry.questionnaire("mus1").find(Item::timely), nullptr);
}

TEST(JsonText, NumbersArePlainDecimalsRoundedToTwoPlaces) {
  EXPECT_EQ(methodology::format_points(83.333333), "83.33");
  EXPECT_EQ(methodology::format_points(62.5), "62.5");
  EXPECT_EQ(methodology::format_points(100.0), "100");
  EXPECT_EQ(methodology::format_points(88.571428), "88.57");
  EXPECT_EQ(methodology::format_points(0.126), "0.13");
  EXPECT_EQ(methodology::format_points(-0.001), "0");
  EXPECT_EQ(methodology::format_points(1e-12), "0");
}

TEST(JsonText, WritesValidJsonWithOneRootArrayElementPerLine) {
  boost::json::value doc = {{"methodology", "344n-2019"},
                            {"organisations", boost::json::array{{{"org", "a\"b"}, {"total", 100.0}},
                                                                 {{"org", "Музей"}, {"total", nullptr}}}},
                            {"groups", boost::json::array{}}};
  const auto text = to_json_text(doc);
  EXPECT_EQ(text,
            "{\"methodology\": \"344n-2019\", \"organisations\": [\n"
            "  {\"org\": \"a\\\"b\", \"total\": 100},\n"
            "  {\"org\": \"Музей\", \"total\": null}\n"
            "], \"groups\": []}\n");
  EXPECT_EQ(boost::json::parse(text).at("organisations").at(0).at("total").to_number<double>(), 100.0);
}

TEST(ReportCsv, OrganisationRowsHaveEveryIndicatorAndEmptyCellsForNoData) {
  ScoreRequest request;
  request.responses = {"r.csv", write_responses(tricky_responses())};
  request.expert = {"e.csv",
                    "org,info_stand,info_stand_required,info_site,info_site_required,remote_channels,"
                    "comfort_conditions,wait_days,premises_access,service_access\nmus1,1,2,,,1,,,,\n"};
  auto outcome = score_files(request);
  ASSERT_TRUE(outcome.errors.empty());
  const auto text = report_csv(outcome.report);
  EXPECT_TRUE(text.starts_with(
      "org,respondents,1.1,1.2,1.3,2.1,2.2,2.3,3.1,3.2,3.3,4.1,4.2,4.3,5.1,5.2,5.3,K1,K2,K3,K4,K5,total,missing\n"))
      << text;
  EXPECT_NE(text.find("\nmus1,1,50,30,0,,,,,,,,,,,,100,"), std::string::npos) << text;
}

}  // namespace
}  // namespace nok::scoring
