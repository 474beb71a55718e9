// Survey responses through the submit use case, over a real store on both engines.
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <algorithm>
#include <map>
#include <tuple>

#include "app/survey/submit_survey.h"
#include "core/time.h"
#include "domain/survey/counters.h"
#include "store/sql/connection.h"
#include "store/sql/sql_store.h"
#include "support/burst.h"
#include "support/organisations.h"
#include "support/test_store.h"
#include "support/error_kind.h"

namespace nok {
namespace {

class SurveySubmission : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    std::vector<Organisation> orgs;
    for (int i = 0; i < 14; ++i) orgs.push_back(org("o" + std::to_string(i), i == 0 ? Sphere::health : Sphere::culture));
    (void)store->upsert_organisations(orgs);
    std::vector<std::pair<std::string, std::int64_t>> members;
    for (int i = 0; i < 13; ++i) members.emplace_back("o" + std::to_string(i), 100);  // o13 is not assessed
    cycle = store->open_cycle("Министерство", current_year(), "344n-2019");
    store->include_in_cycle(cycle, members);
    citizen = store->upsert_citizen("hash-1", "");
    other_citizen = store->upsert_citizen("hash-2", "");
  }

  static Organisation org(const std::string& code, Sphere sphere) {
    return test::test_organisation(code, "Организация " + code, sphere, "Министерство");
  }

  SurveyResult submit(const std::string& org, std::vector<Field> answers, std::int64_t who, std::string key,
                      std::string address = "198.51.100.7") {
    return submit_survey(*store, shipped_editions(), secret, {org, std::move(answers), survey::Channel::web, who, std::move(key), address});
  }

  static std::vector<Field> all_yes() {
    return {{"stand_used", "1"}, {"stand_ok", "1"},      {"site_used", "0"},     {"comfort_ok", "1"},
            {"disabled", "0"},   {"contact_polite", "1"}, {"staff_polite", "1"}, {"remote_used", "0"},
            {"recommend", "1"},  {"conditions_ok", "1"},  {"overall_ok", "1"}};
  }

  test::TestStore store;
  SecretKey secret = SecretKey::generate();
  std::int64_t cycle = 0, citizen = 0, other_citizen = 0;
};

TEST_F(SurveySubmission, AResponseIsCountedInTheLiveTally) {
  auto r = submit("o1", all_yes(), citizen, "k1");
  ASSERT_TRUE(r.errors.empty()) << describe(r.errors[0]);
  EXPECT_TRUE(r.outcome.counted);
  auto tally = store->survey_tally("o1", cycle);
  EXPECT_EQ(tally.respondents, 1u);
  EXPECT_EQ(tally.site_or_app, 1u);
  EXPECT_EQ(tally[survey::Item::overall_ok].yes, 1u);
  EXPECT_EQ(tally[survey::Item::site_ok].answered, 0u);  // skipped by its filter
}

TEST_F(SurveySubmission, ASecondSurveyFromTheSameCitizenReplacesTheFirst) {
  ASSERT_TRUE(submit("o1", all_yes(), citizen, "k1").errors.empty());
  auto changed = all_yes();
  changed.back() = {"overall_ok", "0"};
  auto second = submit("o1", changed, citizen, "k2");
  ASSERT_TRUE(second.errors.empty());
  EXPECT_TRUE(second.outcome.replaced_previous);
  auto tally = store->survey_tally("o1", cycle);
  EXPECT_EQ(tally.respondents, 1u);
  EXPECT_EQ(tally[survey::Item::overall_ok].yes, 0u);
  EXPECT_EQ(tally[survey::Item::overall_ok].answered, 1u);
  ASSERT_TRUE(submit("o1", all_yes(), other_citizen, "k3").errors.empty());
  EXPECT_EQ(store->survey_tally("o1", cycle).respondents, 2u);
}

TEST_F(SurveySubmission, ARepeatedSubmitIsIdempotent) {
  auto first = submit("o1", all_yes(), citizen, "same-key");
  auto again = submit("o1", all_yes(), citizen, "same-key");
  EXPECT_TRUE(again.outcome.repeated);
  EXPECT_EQ(again.outcome.response_id, first.outcome.response_id);
  EXPECT_EQ(store->survey_tally("o1", cycle).respondents, 1u);
}

TEST_F(SurveySubmission, AnIdempotencyKeyIsTheSendersOwn) {
  auto mine = submit("o1", all_yes(), citizen, "shared-key");
  auto theirs = submit("o1", all_yes(), other_citizen, "shared-key");
  EXPECT_FALSE(theirs.outcome.repeated);
  EXPECT_NE(theirs.outcome.response_id, mine.outcome.response_id);
  EXPECT_EQ(store->survey_tally("o1", cycle).respondents, 2u);
}

TEST_F(SurveySubmission, AFormPostedTwiceAtOnceIsCountedOnce) {
  auto a = std::async(std::launch::async, [&] { return submit("o2", all_yes(), citizen, "race"); });
  auto b = std::async(std::launch::async, [&] { return submit("o2", all_yes(), citizen, "race"); });
  auto ra = a.get(), rb = b.get();
  EXPECT_EQ(ra.outcome.response_id, rb.outcome.response_id);
  EXPECT_NE(ra.outcome.repeated, rb.outcome.repeated);
  EXPECT_EQ(store->survey_tally("o2", cycle).respondents, 1u);
}

TEST_F(SurveySubmission, BadAnswersAreRefusedWithTheRuleTheyBreak) {
  auto filter = all_yes();
  filter.push_back({"site_ok", "1"});  // site_used is 0
  auto r = submit("o1", filter, citizen, "f");
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(test::kind_of(r.errors), "invalid");
  EXPECT_EQ(r.errors[0].code, "survey_filter");
  EXPECT_EQ(r.errors[0].column, "site_ok");

  auto unknown = all_yes();
  unknown.push_back({"favourite_colour", "1"});
  EXPECT_EQ(submit("o1", unknown, citizen, "u").errors.at(0).code, "survey_unknown_key");
  auto range = all_yes();
  range[0] = {"stand_used", "2"};
  EXPECT_EQ(submit("o1", range, citizen, "r").errors.at(0).code, "survey_bad_answer");
  auto timely = all_yes();
  timely.push_back({"timely", "1"});  // culture does not ask it
  EXPECT_EQ(submit("o1", timely, citizen, "t").errors.at(0).code, "survey_not_in_questionnaire");
  EXPECT_TRUE(submit("o0", timely, citizen, "t0").errors.empty());  // health care does
  EXPECT_EQ(store->survey_tally("o1", cycle).respondents, 0u);
}

TEST_F(SurveySubmission, OrganisationsOutsideThisYearsCycleOrUnknownAreRefused) {
  auto outside = submit("o13", all_yes(), citizen, "x");
  EXPECT_EQ(test::kind_of(outside.errors), "conflict");
  EXPECT_EQ(outside.errors.at(0).code, "not_in_cycle");
  EXPECT_EQ(test::kind_of(submit("nope", all_yes(), citizen, "y").errors), "not_found");
}

TEST_F(SurveySubmission, MassPostingFromOneAccountGoesToModeration) {
  for (int i = 1; i <= 10; ++i)
    ASSERT_TRUE(submit("o" + std::to_string(i), all_yes(), citizen, "m" + std::to_string(i)).outcome.counted);
  auto eleventh = submit("o11", all_yes(), citizen, "m11");
  ASSERT_TRUE(eleventh.errors.empty());
  EXPECT_FALSE(eleventh.outcome.counted);
  EXPECT_EQ(store->survey_tally("o11", cycle).respondents, 0u);
}

// The account's count is taken inside the submission's transaction under the citizen's
// lock, so a burst from two processes at once has exactly the threshold counted.
TEST_F(SurveySubmission, MassPostingFromOneAccountInABurstFromTwoProcessesCountsExactlyTheThreshold) {
  auto second = sql::open_sql_store(store.url(), 4);
  PaddingPolicy policy;
  policy.organisations_per_citizen_hour = 3;
  std::atomic<int> counted{0}, held{0};
  test::burst(12, [&](int i) {
    const std::string org = "o" + std::to_string(i + 1), key = "b" + std::to_string(i);
    auto r = submit_survey(i % 2 ? *second : *store, shipped_editions(), secret,
                           {org, all_yes(), survey::Channel::web, citizen, key, "198.51.100." + std::to_string(i)},
                           policy);
    ASSERT_TRUE(r.errors.empty()) << describe(r.errors[0]);
    ++(r.outcome.counted ? counted : held);
  });
  EXPECT_EQ(counted, 3);
  EXPECT_EQ(held, 9);
}

TEST_F(SurveySubmission, BurstsFromOneNetworkGoToModeration) {
  PaddingPolicy policy;
  policy.responses_per_network_window = 3;
  for (int i = 0; i < 3; ++i) {
    auto who = store->upsert_citizen("net-" + std::to_string(i), "");
    auto r = submit_survey(*store, shipped_editions(), secret, {"o3", all_yes(), survey::Channel::web, who, "n" + std::to_string(i), "203.0.113." + std::to_string(i)}, policy);
    EXPECT_TRUE(r.outcome.counted);
  }
  auto who = store->upsert_citizen("net-x", "");
  auto burst = submit_survey(*store, shipped_editions(), secret, {"o3", all_yes(), survey::Channel::web, who, "n9", "203.0.113.200"}, policy);
  EXPECT_FALSE(burst.outcome.counted);
  auto elsewhere = submit_survey(*store, shipped_editions(), secret, {"o3", all_yes(), survey::Channel::web, who, "n10", "192.0.2.1"}, policy);
  EXPECT_TRUE(elsewhere.outcome.counted);
}

TEST_F(SurveySubmission, TheSameTextFromManyAccountsGoesToModeration) {
  for (int i = 0; i < 3; ++i) {
    auto who = store->upsert_citizen("text-" + std::to_string(i), "");
    auto answers = all_yes();
    answers.push_back({"suggestions", i % 2 ? "Отличная организация, всем советую!!!" : "отличная организация всем советую"});
    auto r = submit("o4", answers, who, "t" + std::to_string(i), "10.0." + std::to_string(i) + ".1");
    EXPECT_EQ(r.outcome.counted, i < 2) << i;
  }
}

TEST_F(SurveySubmission, ABatchIsAllOrNothing) {
  NewResponse good{{"o5", survey::Channel::operator_paper, iso_utc_now()}, cycle, "675n-2018/core"};
  good.response.answers[survey::Item::overall_ok] = survey::Answer::yes;
  NewResponse bad = good;
  bad.response.org = "missing";
  EXPECT_THROW((void)store->submit_responses({good, bad}, std::nullopt), sql::DatabaseError);
  EXPECT_EQ(store->survey_tally("o5", cycle).respondents, 0u);
  auto outcomes = store->submit_responses({good, good}, std::nullopt);
  EXPECT_EQ(outcomes.size(), 2u);
  EXPECT_EQ(store->survey_tally("o5", cycle).respondents, 2u);  // operator interviews have no account
}

TEST_F(SurveySubmission, LiveTalliesEqualARecountOfTheCountedResponses) {
  // Random answers from a few citizens, many of whom answer again (replacing their earlier
  // response); the tallies kept response by response must equal counting from scratch.
  std::vector<std::int64_t> people;
  for (int i = 0; i < 6; ++i) people.push_back(store->upsert_citizen("recount-" + std::to_string(i), ""));
  std::uint64_t state = 12345;
  auto roll = [&state](int n) { state = state * 6364136223846793005ull + 1442695040888963407ull; return int(state >> 33) % n; };
  std::map<std::int64_t, survey::Answers> latest;  // what each citizen's counted response says
  for (int i = 0; i < 30; ++i) {
    const auto who = people[roll(6)];
    std::vector<Field> answers;
    std::vector<std::string> values;
    values.reserve(16);
    survey::Answers expected;
    for (auto item : {survey::Item::stand_used, survey::Item::comfort_ok, survey::Item::recommend, survey::Item::overall_ok}) {
      const int v = roll(3);  // 0 no, 1 yes, 2 not answered
      if (v == 2) continue;
      values.push_back(v ? "1" : "0");
      answers.push_back({survey::key(item), values.back()});
      expected[item] = v ? survey::Answer::yes : survey::Answer::no;
    }
    if (answers.empty()) continue;
    auto r = submit("o6", answers, who, "recount-" + std::to_string(i), "192.0.2." + std::to_string(i));
    ASSERT_TRUE(r.errors.empty()) << describe(r.errors[0]);
    latest[who] = expected;
  }
  survey::SurveyCounters recount;
  for (const auto& [who, answers] : latest) recount.add(survey::Channel::web, answers);
  EXPECT_EQ(store->survey_tally("o6", cycle), recount);
}

// The export reads exactly what the tallies count, page by page in id order.
TEST_F(SurveySubmission, TheCountedResponsesAreExportedPageByPageAsTheTalliesCountThem) {
  const auto c1 = store->upsert_citizen("hash-3", ""), c2 = store->upsert_citizen("hash-4", "");
  for (auto [org, who, key] : {std::tuple{"o1", citizen, "e1"}, {"o1", other_citizen, "e2"}, {"o2", c1, "e3"},
                               {"o2", c2, "e4"}, {"o1", citizen, "e5"}})  // e5 replaces e1
    ASSERT_TRUE(submit(org, all_yes(), who, key).errors.empty());
  std::vector<std::int64_t> ids;
  std::map<std::string, std::uint32_t> by_org;
  std::int64_t after = 0;
  for (;;) {
    const auto page = store->counted_responses(cycle, after, 2);
    for (const auto& e : page) {
      ids.push_back(e.id);
      ++by_org[e.response.org];
      EXPECT_EQ(e.response.answers[survey::Item::overall_ok], survey::Answer::yes);
    }
    if (page.size() < 2) break;
    after = page.back().id;
  }
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(ids.size(), 4u) << "the replaced response is not exported";
  EXPECT_EQ(by_org["o1"], store->survey_tally("o1", cycle).respondents);
  EXPECT_EQ(by_org["o2"], store->survey_tally("o2", cycle).respondents);
  EXPECT_TRUE(store->counted_responses(cycle + 1, 0, 10).empty()) << "another cycle";
}

}  // namespace
}  // namespace nok
