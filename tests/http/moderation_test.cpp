// The moderation queue: what the screening and the padding checks held, released or
// rejected by the authority's official (or an administrator), once, with one voice kept.
#include "http/staff_site.h"
#include "support/feedback_waits.h"

namespace nok {
namespace {

using test::StaffSite;

class Moderation : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    cycle = store->assessment_of("school", current_year())->cycle_id;
    citizen = store->upsert_citizen("citizen-hash", "");
    review = submit_review(*store, {{"school", citizen, ""}, "Звоните мне: +7 900 000-00-00", "personal_data"}).id;
    counted = respond(survey::Answer::yes, "");
    held = respond(survey::Answer::no, "mass_posting");
  }

  std::int64_t respond(survey::Answer overall, std::string reason) {
    NewResponse n{{"school", survey::Channel::web, iso_utc_now()}, cycle, "675n-2018/core", citizen,
                  "key-" + std::to_string(++keys)};
    n.response.answers[survey::Item::overall_ok] = overall;
    n.moderation_reason = std::move(reason);
    return store->submit_response(n).response_id;
  }

  survey::SurveyCounters tally() { return store->survey_tally("school", cycle); }

  std::int64_t cycle = 0, citizen = 0, review = 0, counted = 0, held = 0;
  int keys = 0;
};

TEST_F(Moderation, TheOfficialReleasesWhatWasHeldOnceAndOneVoiceHolds) {
  auto official = signed_in(account("official", "official", "", "Департамент образования"));
  auto page = get("/moderation", official.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Звоните мне"));
  EXPECT_TRUE(contains(page, "/moderation/responses/" + std::to_string(held)));
  EXPECT_EQ(tally().respondents, 1u);
  EXPECT_EQ(tally().items[static_cast<std::size_t>(survey::Item::overall_ok)].yes, 1u);

  EXPECT_EQ(post(official, "/moderation/reviews/" + std::to_string(review), "decision=publish").status, 303);
  EXPECT_EQ(store->find_review(review)->head.status, "published");
  EXPECT_EQ(post(official, "/moderation/reviews/" + std::to_string(review), "decision=reject").status, 409);

  // Counted now, it replaces the citizen's earlier voice: still one respondent, its answer.
  EXPECT_EQ(post(official, "/moderation/responses/" + std::to_string(held), "decision=count").status, 303);
  EXPECT_EQ(tally().respondents, 1u);
  EXPECT_EQ(tally().items[static_cast<std::size_t>(survey::Item::overall_ok)].yes, 0u);
  EXPECT_EQ(post(official, "/moderation/responses/" + std::to_string(held), "decision=exclude").status, 409);
  EXPECT_EQ(post(official, "/moderation/responses/" + std::to_string(held), "decision=maybe").status, 422);
  EXPECT_FALSE(contains(get("/moderation", official.cookie), "Звоните мне"));

  const auto log = stores->staff.audit_log(10, 0);
  ASSERT_GE(log.size(), 2u);
  EXPECT_EQ(log[0].action, "response.count");
  EXPECT_EQ(log[1].action, "review.publish");
}

TEST_F(Moderation, AnExcludedResponseNeverCounts) {
  auto admin = signed_in(account("root", "admin"));
  EXPECT_EQ(post(admin, "/moderation/responses/" + std::to_string(held), "decision=exclude").status, 303);
  EXPECT_EQ(tally().respondents, 1u);
  EXPECT_EQ(tally().items[static_cast<std::size_t>(survey::Item::overall_ok)].yes, 1u);
  EXPECT_EQ(post(admin, "/moderation/reviews/" + std::to_string(review), "decision=reject").status, 303);
  EXPECT_EQ(store->find_review(review)->head.status, "rejected");
}

TEST_F(Moderation, EachRoleSeesAndDecidesOnlyWithinItsScope) {
  struct Case {
    const char *role, *org, *authority, *op;
    int view, decide;
    bool sees;
  };
  const Case cases[] = {
      {"org_staff", "school", "", "", 404, 404, false},
      {"operator", "", "", "ООО «Опрос»", 404, 404, false},
      {"council", "", "Департамент образования", "", 200, 403, true},
      {"official", "", "Минздрав области", "", 200, 409, false},  // not held within its scope
      {"monitor", "", "", "", 200, 403, true},
  };
  int n = 0;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.role);
    auto b = signed_in(account("moderator" + std::to_string(++n), c.role, c.org, c.authority, c.op));
    auto page = get("/moderation", b.cookie);
    EXPECT_EQ(page.status, c.view);
    EXPECT_EQ(contains(page, "Звоните мне"), c.sees);
    EXPECT_EQ(post(b, "/moderation/reviews/" + std::to_string(review), "decision=publish").status, c.decide);
    EXPECT_EQ(post(b, "/moderation/responses/" + std::to_string(held), "decision=count").status, c.decide);
  }
  EXPECT_EQ(store->find_review(review)->head.status, "pending");
  EXPECT_EQ(tally().items[static_cast<std::size_t>(survey::Item::overall_ok)].yes, 1u);
}

}  // namespace
}  // namespace nok
