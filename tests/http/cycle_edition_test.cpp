// A cycle opened with an added methodology edition: its pages, API and forms follow that
// edition, not the default one.
#include <boost/json.hpp>

#include "app/methodology/edition_files.h"
#include "app/survey/submit_survey.h"
#include "domain/methodology/score.h"
#include "staff_site.h"
#include "support/test_editions.h"

namespace nok {
namespace {

namespace json = boost::json;

class CycleEdition : public test::StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    // K1 weighed 0.5 / 0.25 / 0.25 instead of 0.3 / 0.3 / 0.4, under its own title.
    const auto edition = test::edition_with_criteria("test-k1", "Проверочная редакция с другими весами",
                                                     R"({"1.1": 0.5, "1.2": 0.25, "1.3": 0.25})");
    Errors faults;
    ASSERT_TRUE(add_edition(stores->editions, *context->editions, edition, AuditEntry{}, faults));
    stores->pool().acquire()->run(
        "UPDATE cycles SET methodology = 'test-k1' WHERE authority_id = "
        "(SELECT id FROM authorities WHERE name = $1)",
        {std::string_view("Департамент образования")});
    // The school's inspection: 1.1 = (80 + 90) / 2, 1.2 = 60, so K1 differs by edition.
    methodology::ExpertInputs inputs;
    inputs[methodology::ExpertField::info_stand] = 8, inputs[methodology::ExpertField::info_stand_required] = 10;
    inputs[methodology::ExpertField::info_site] = 9, inputs[methodology::ExpertField::info_site_required] = 10;
    inputs[methodology::ExpertField::remote_channels] = 2;
    const auto cycle = store->assessment_of("school", current_year())->cycle_id;
    ASSERT_TRUE(store->put_expert_record({"school", cycle, inputs, 0, 0}, AuditEntry{}));
  }
};

TEST_F(CycleEdition, TheScoresApiComputesAndNamesTheCyclesEdition) {
  const auto answer = get("/api/v1/organisations/school/scores");
  ASSERT_EQ(answer.status, 200) << answer.body;
  const auto scores = json::parse(answer.body).as_object();
  EXPECT_EQ(scores.at("methodology").as_string(), "test-k1");
  // 1.3 has no answers yet, so K1 = (0.5 × 85 + 0.25 × 60) / 0.75 after renormalising.
  EXPECT_DOUBLE_EQ(scores.at("criteria").at("K1").to_number<double>(), (0.5 * 85 + 0.25 * 60) / 0.75);
}

TEST_F(CycleEdition, TheOrganisationPageSaysWhichEditionItsScoresFollow) {
  const auto page = get("/o/school");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Проверочная редакция с другими весами"), std::string::npos);
  const auto other = get("/o/clinic");  // the other authority's cycle keeps the default
  EXPECT_NE(other.body.find("Приказ Минтруда России № 344н"), std::string::npos);
}

TEST_F(CycleEdition, PagesAndTheApiSayHowPreciseEachShareIs) {
  EXPECT_NE(get("/o/school").body.find("ответов пока нет"), std::string::npos);
  const std::vector<Field> answers{{"stand_used", "0"}, {"site_used", "0"},     {"comfort_ok", "1"},
                                   {"disabled", "0"},   {"contact_polite", "1"}, {"staff_polite", "1"},
                                   {"remote_used", "0"}, {"recommend", "1"},     {"conditions_ok", "1"},
                                   {"overall_ok", "1"}};
  const auto citizen = store->upsert_citizen("hash-1", "");
  auto submitted = submit_survey(*store, *context->editions, key,
                                 {"school", answers, survey::Channel::web, citizen, "share-key-1", "198.51.100.7"});
  ASSERT_TRUE(submitted.errors.empty()) << describe(submitted.errors.front());
  context->organisation_pages->forget("school");
  // One "yes" of one: the 95 % Wilson interval is 20.65 … 100.
  const auto page = get("/o/school").body;
  EXPECT_NE(page.find("Удовлетворённость условиями в целом: от 21 до 100 из 100, ответил 1 человек — "
                      "<strong>мало ответов</strong>"),
            std::string::npos)
      << page;
  const auto scores = json::parse(get("/api/v1/organisations/school/scores").body).as_object();
  const auto& overall = scores.at("shares").at("overall_ok").as_object();
  EXPECT_EQ(overall.at("respondents").to_number<int>(), 1);
  EXPECT_NEAR(overall.at("ci95").as_array().at(0).to_number<double>(), 20.65, 0.01);
}

TEST_F(CycleEdition, AQuestionnaireAddedAsDataIsWhatTheCyclesSurveyAsks) {
  Errors faults;
  ASSERT_TRUE(add_edition(stores->editions, *context->editions,
                          test::questionnaire_with_wording("region-2027/all", "Пользовались ли вы стендом в вестибюле?"),
                          AuditEntry{}, faults));
  ASSERT_TRUE(add_edition(stores->editions, *context->editions, test::edition_asking("test-q", "region-2027/all"),
                          AuditEntry{}, faults));
  stores->pool().acquire()->run("UPDATE cycles SET methodology = 'test-q' WHERE authority_id = "
                                "(SELECT id FROM authorities WHERE name = $1)",
                                {std::string_view("Департамент образования")});
  store->cache_events().drop_everything();  // the cycle was changed behind the store's back
  const auto citizen = citizen_session();
  const auto survey = get("/o/school/survey", citizen);
  ASSERT_EQ(survey.status, 200) << survey.body;
  EXPECT_NE(survey.body.find("Пользовались ли вы стендом в вестибюле?"), std::string::npos);
  const auto other = get("/o/clinic/survey", citizen);  // the other authority keeps the shipped form
  ASSERT_EQ(other.status, 200);
  EXPECT_EQ(other.body.find("в вестибюле"), std::string::npos);

  // The cycle's export offers the added questionnaire beside its edition, and nothing else.
  const auto official = signed_in(account("official", "official", "", "Департамент образования"));
  const auto cycle = "/cycles/" + std::to_string(store->assessment_of("school", current_year())->cycle_id);
  const auto page = get(cycle, official.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find(cycle + "/export/questionnaires/questionnaire-region-2027-all.json"), std::string::npos);
  const auto file = get(cycle + "/export/questionnaires/questionnaire-region-2027-all.json", official.cookie);
  ASSERT_EQ(file.status, 200);
  EXPECT_NE(file.body.find("в вестибюле"), std::string::npos);
  EXPECT_EQ(get(cycle + "/export/questionnaires/questionnaire-675n-2018-core.json", official.cookie).status, 404);
}

}  // namespace
}  // namespace nok
