// A cycle's export: its counted responses, inspections, organisations and edition, read
// back by `nok score`'s engine, reproduce what the authority published; who may download
// them; no questionnaire is taken once the materials went to the council; and the
// published total is compared by the range stored with it.
#include <boost/json.hpp>

#include "app/scoring/score_files.h"
#include "app/survey/submit_survey.h"
#include "domain/methodology/edition_file.h"
#include "domain/methodology/points.h"
#include "http/staff_site.h"
#include "support/organisations.h"

namespace nok {
namespace {

namespace json = boost::json;
using test::HttpResult;

constexpr const char* kCycleAuthority = "Департамент образования";

class CycleExport : public test::StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    official = signed_in(account("official", "official", "", kCycleAuthority));
    survey_operator = signed_in(account("opros", "operator", "", "", "ООО «Опрос»"));
    council = signed_in(account("council", "council", "", kCycleAuthority));
    cycle = store->assessment_of("school", current_year())->cycle_id;
    path = "/cycles/" + std::to_string(cycle);
    store->upsert_organisations(
        {test::staff_test_organisation("school2", "Школа № 2", "77", kCycleAuthority)});
    store->include_in_cycle(cycle, {{"school2", 50}});
  }

  // A citizen's questionnaire; `overall` and `text` vary so that the values depend on every row.
  void answer(const std::string& org, const std::string& citizen, const std::string& overall,
              const std::string& text = "") {
    const std::vector<Field> answers{{"stand_used", "1"},     {"stand_ok", overall}, {"site_used", "0"},
                                     {"comfort_ok", "1"},     {"disabled", "0"},     {"contact_polite", "1"},
                                     {"staff_polite", overall}, {"remote_used", "0"}, {"recommend", "1"},
                                     {"conditions_ok", "1"},  {"overall_ok", overall}, {"suggestions", text}};
    const auto id = store->upsert_citizen("hash-" + citizen, "");
    const auto r = submit_survey(*store, *context->editions, key,
                                 {org, answers, survey::Channel::web, id, "key-" + citizen + org + overall, ""});
    ASSERT_TRUE(r.errors.empty()) << describe(r.errors.front());
  }

  HttpResult step(const Browser& b, const std::string& event) {
    const auto page = get(path, b.cookie).body;
    auto moved = post(b, path + "/step",
                      "event=" + event + "&version=" + input_value(page, "version") + "&digest=" + input_value(page, "digest"));
    // The staff stores and the citizens' store are two stores over one database here, as
    // two processes would be; on SQLite nothing tells the one of the other's change.
    store->cache_events().drop_everything();
    return moved;
  }

  void publish() {
    for (auto [who, event] : {std::pair{&survey_operator, "submit_to_council"}, {&council, "approve"},
                              {&official, "publish"}})
      ASSERT_EQ(step(*who, event).status, 303) << event;
  }

  Browser official, survey_operator, council;
  std::int64_t cycle = 0;
  std::string path;
};

TEST_F(CycleExport, TheExportedFilesReproduceThePublishedResultsExactly) {
  answer("school", "a", "1", "=HYPERLINK(\"http://evil\")");  // neutralised in the file, read back as written
  answer("school", "b", "0", "Очередь, \"как всегда\"\nв регистратуру");
  answer("school", "c", "1");
  answer("school", "c", "0");  // replaces c's first answer: only the second counts
  answer("school2", "a", "1");
  // An operator's paper questionnaire with its number.
  survey::Response paper{"school2", survey::Channel::operator_paper, "2026-03-02T10:00:00Z"};
  paper.answers[survey::Item::comfort_ok] = survey::Answer::no;
  paper.interview_id = "Б-17";
  NewResponse entered{paper, cycle, "675n-2018/core"};
  entered.operator_id = 7;
  ASSERT_FALSE(store->submit_responses({entered}, std::nullopt).front().duplicate_interview);
  methodology::ExpertInputs inputs;
  inputs[methodology::ExpertField::info_stand] = 7, inputs[methodology::ExpertField::info_stand_required] = 9;
  ASSERT_TRUE(store->put_expert_record({"school", cycle, inputs, 0, 0}, AuditEntry{}));
  publish();

  scoring::ScoreRequest request;
  const auto responses = get(path + "/export/responses.csv", official.cookie);
  ASSERT_EQ(responses.status, 200) << responses.body;
  EXPECT_NE(header(responses, "Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_NE(responses.body.find("'=HYPERLINK"), std::string::npos) << "a formula is neutralised";
  EXPECT_NE(responses.body.find(",Б-17"), std::string::npos) << "the interview number stays";
  request.responses = {"responses.csv", responses.body};
  request.expert = {"expert.csv", get(path + "/export/expert.csv", official.cookie).body};
  request.registry = scoring::Source{"organisations.csv", get(path + "/export/organisations.csv", official.cookie).body};
  const auto edition_text = get(path + "/export/methodology.json", official.cookie).body;
  auto edition = methodology::read_methodology(edition_text, methodology::shipped_edition_text);
  ASSERT_TRUE(edition.methodology) << describe(edition.errors.front());
  request.edition = &*edition.methodology;

  const auto outcome = scoring::score_files(request);
  ASSERT_TRUE(outcome.errors.empty()) << describe(outcome.errors.front().error);
  ASSERT_EQ(outcome.report.organisations.size(), 2u);
  const auto& m = *edition.methodology;
  for (const auto& org : outcome.report.organisations) {
    SCOPED_TRACE(org.org);
    const auto published = stores->cycles.published_results(org.org);
    ASSERT_EQ(published.size(), 1u);
    const auto& result = published.front().result;
    EXPECT_EQ(org.score.total, result.total) << "the total, to the last bit";
    const auto scores = json::parse(result.scores_json).as_object();
    EXPECT_EQ(org.counters.respondents, scores.at("respondents").to_number<std::uint32_t>());
    for (std::size_t i = 0; i < m.indicators.size(); ++i) {
      const auto* value = scores.at("indicators").as_object().if_contains(m.indicators[i].id);
      if (!org.score.applicable[i]) {
        EXPECT_EQ(value, nullptr) << m.indicators[i].id;
        continue;
      }
      ASSERT_NE(value, nullptr) << m.indicators[i].id;
      EXPECT_EQ(org.score.indicators[i] ? methodology::format_points(*org.score.indicators[i]) : "null",
                value->is_null() ? "null" : methodology::format_points(value->to_number<double>()))
          << m.indicators[i].id;
    }
  }
  EXPECT_EQ(outcome.report.organisations.front().counters.respondents, 3u) << "c's replaced answer is not exported";
}

TEST_F(CycleExport, ThePublishedTotalIsComparedWithTheRegionAndTheSphereByItsRange) {
  for (const auto* who : {"a", "b", "c", "d"}) answer("school", who, "1");
  answer("school2", "a", "0");
  methodology::ExpertInputs inputs;
  for (auto field : methodology::all_expert_fields()) inputs[field] = 1;
  inputs[methodology::ExpertField::wait_days] = std::nullopt;
  for (const auto* code : {"school", "school2"}) ASSERT_TRUE(store->put_expert_record({code, cycle, inputs, 0, 0}, AuditEntry{}));
  publish();
  context->organisation_pages->forget("school");
  const auto page = get("/o/school").body;
  EXPECT_NE(page.find("С учётом случайности выборки — от "), std::string::npos) << page;
  // Both schools are the region's and the sphere's; four answers cannot tell the school apart.
  EXPECT_NE(page.find("<strong>Не отличается от среднего</strong> по региону «"), std::string::npos) << page;
  EXPECT_NE(page.find("<strong>Не отличается от среднего</strong> по сфере «Образование»"), std::string::npos);
  EXPECT_NE(page.find("(2 организации)"), std::string::npos);

  // The results page says how precise the published figures are, from the counts stored
  // with them: four «да» of four is 51 … 100 at 95 %.
  const auto results = get("/o/school/results").body;
  EXPECT_NE(results.find("С учётом случайности выборки — от "), std::string::npos) << results;
  EXPECT_NE(results.find("Удовлетворённость условиями в целом: от 51 до 100 из 100, ответили 4 человека — "
                         "<strong>мало ответов</strong>"),
            std::string::npos)
      << results;
  EXPECT_NE(results.find("расчёт: Единый порядок расчета показателей"), std::string::npos);

  // The league table of the region: by the low end of the range, both listed with their answers.
  const auto year = std::to_string(current_year());
  const auto table = get("/results?year=" + year + "&region=77&sphere=education");
  ASSERT_EQ(table.status, 200);
  const auto first = table.body.find("/o/school\""), second = table.body.find("/o/school2\"");
  ASSERT_NE(first, std::string::npos) << table.body;
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second) << "four «да» have a higher floor than one «нет»";
  EXPECT_TRUE(contains(table, ", Образование: 2 организации."));
  EXPECT_EQ(get("/results?year=" + year + "&region=zz").status, 400);
  EXPECT_EQ(get("/results?year=1990&region=77").status, 400);
  EXPECT_TRUE(contains(get("/results"), "Выберите регион"));

  // The open data carries the range and the counts behind every share.
  const auto open = json::parse(get("/opendata/results.json?year=" + year).body).as_object();
  const auto& first_result = open.at("results").as_array().at(0).as_object();
  EXPECT_LE(first_result.at("range").at("low").to_number<double>(), first_result.at("total").to_number<double>());
  EXPECT_GE(first_result.at("range").at("high").to_number<double>(), first_result.at("total").to_number<double>());
  EXPECT_TRUE(first_result.at("answers").as_object().contains("overall_ok"));
  EXPECT_TRUE(contains(get("/opendata/results.csv?year=" + year), ",total,total_low,total_high,"));

  // Participation and feedback by organisation, described in the data package; appeals stay out.
  const auto activity = get("/opendata/activity.csv?year=" + year);
  ASSERT_EQ(activity.status, 200);
  EXPECT_TRUE(activity.body.starts_with("year,region_code,org_code,name,assessed,sample_target,respondents,"))
      << activity.body.substr(0, 200);
  EXPECT_NE(activity.body.find("\r\n" + year + ",77,school,Школа № 1,1,100,4,"), std::string::npos) << activity.body;
  EXPECT_EQ(activity.body.find("appeal"), std::string::npos);
  const auto package = json::parse(get("/opendata/datapackage.json").body).as_object();
  bool described = false;
  for (const auto& resource : package.at("resources").as_array())
    described = described || resource.at("name").as_string() == "activity-" + year;
  EXPECT_TRUE(described);
  EXPECT_EQ(get("/opendata/activity.csv?year=20").status, 400);
}

TEST_F(CycleExport, OnlyTheAuthorityItsOperatorTheMonitorAndTheAdministratorExport) {
  const auto monitor = signed_in(account("monitor", "monitor"));
  const auto other = signed_in(account("other", "official", "", "Минздрав области"));
  const auto staff = signed_in(account("teacher", "org_staff", "school"));
  for (const auto& file : {"responses.csv", "expert.csv", "organisations.csv", "methodology.json"}) {
    SCOPED_TRACE(file);
    const auto target = path + "/export/" + file;
    EXPECT_EQ(get(target, official.cookie).status, 200);
    EXPECT_EQ(get(target, survey_operator.cookie).status, 200);
    EXPECT_EQ(get(target, monitor.cookie).status, 200);
    EXPECT_EQ(get(target, council.cookie).status, 404) << "the council reads the results, not the answers";
    EXPECT_EQ(get(target, other.cookie).status, 404) << "another authority's cycle";
    EXPECT_EQ(get(target, staff.cookie).status, 404);
    EXPECT_EQ(get(target).status, 303) << "to the sign-in page";
  }
  EXPECT_EQ(get("/cycles/999999/export/responses.csv", official.cookie).status, 404);
  EXPECT_TRUE(contains(get(path, official.cookie), "Данные для проверки расчёта"));
  EXPECT_FALSE(contains(get(path, council.cookie), "Данные для проверки расчёта"));
}

TEST_F(CycleExport, NoQuestionnaireIsTakenOnceTheMaterialsWentToTheCouncil) {
  answer("school", "a", "1");
  ASSERT_EQ(step(survey_operator, "submit_to_council").status, 303);
  const std::vector<Field> answers{{"overall_ok", "1"}};
  const auto id = store->upsert_citizen("hash-late", "");
  const auto late = submit_survey(*store, *context->editions, key, {"school", answers, survey::Channel::web, id, "late", ""});
  ASSERT_EQ(late.errors.size(), 1u);
  EXPECT_EQ(late.errors.front().code, "collection_closed");
  const auto citizen = citizen_session();
  const auto refused = get("/o/school/survey", citizen);
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(contains(refused, "Сбор анкет об этой организации за"));
  context->organisation_pages->forget("school");
  const auto page = get("/o/school").body;
  EXPECT_EQ(page.find("/o/school/survey"), std::string::npos) << "the survey is not offered";
  EXPECT_NE(page.find("Сбор анкет за"), std::string::npos);
  EXPECT_EQ(json::parse(get("/api/v1/organisations/school/scores").body).at("survey_open").as_bool(), false);
  // Returned for rework, the cycle takes questionnaires again.
  ASSERT_EQ(step(council, "return_for_rework&comment=" + encode("Добрать анкеты")).status, 303);
  EXPECT_EQ(get("/o/school/survey", citizen).status, 200);
}

}  // namespace
}  // namespace nok
