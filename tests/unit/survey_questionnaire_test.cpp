#include <gtest/gtest.h>

#include <set>

#include "domain/methodology/methodology.h"
#include "domain/survey/channel.h"
#include "domain/survey/questionnaire.h"

namespace nok::survey {
namespace {

// The questionnaire of a sphere under the default edition.
const Questionnaire& questionnaire_for(Sphere s) {
  return methodology::questionnaire_for(methodology::default_methodology(), s);
}

TEST(Questionnaire, HealthAndSocialServicesAddTimelyOthersDoNot) {
  for (Sphere s : all_spheres()) {
    const bool waits = s == Sphere::health || s == Sphere::social;
    EXPECT_EQ(questionnaire_for(s).find(Item::timely) != nullptr, waits) << code(s);
    EXPECT_EQ(questionnaire_for(s).questions.size(), waits ? 15u : 14u) << code(s);
  }
  EXPECT_EQ(widest_questionnaire().id, questionnaire_for(Sphere::health).id);
}

TEST(Questionnaire, FiltersAreTheFourOfTheForm) {
  const auto& q = questionnaire_for(Sphere::health);
  std::set<std::pair<Item, Item>> filters;
  for (const auto& question : q.questions)
    if (question.filter) filters.insert({question.item, *question.filter});
  EXPECT_EQ(filters, (std::set<std::pair<Item, Item>>{{Item::stand_ok, Item::stand_used},
                                                      {Item::site_ok, Item::site_used},
                                                      {Item::access_ok, Item::disabled},
                                                      {Item::remote_polite, Item::remote_used}}));
}

TEST(Questionnaire, EveryQuestionHasItsWordingAndAUniqueNumber) {
  for (const auto& version : questionnaires()) {
    const auto* q = &version;
    std::set<std::string_view> numbers;
    for (const auto& question : q->questions) {
      EXPECT_GT(question.wording.size(), 40u) << key(question.item);
      EXPECT_TRUE(question.wording.ends_with("?")) << key(question.item);
      EXPECT_TRUE(numbers.insert(question.number).second) << question.number;
    }
    EXPECT_FALSE(q->preamble.empty());
    EXPECT_FALSE(q->suggestions_wording.empty());
    EXPECT_LT(q->age_min, q->age_max);
  }
  EXPECT_NE(questionnaire_for(Sphere::culture).find(Item::remote_used)->wording.find("«Часто задаваемые вопросы»"),
            std::string_view::npos);
}

TEST(Questionnaire, VersionsAreFoundById) {
  ASSERT_TRUE(find_questionnaire("675n-2018/core"));
  EXPECT_EQ(find_questionnaire("675n-2018/core")->id, questionnaire_for(Sphere::culture).id);
  EXPECT_EQ(find_questionnaire("675n-2018/timely")->questions.size(), questionnaire_for(Sphere::social).questions.size());
  EXPECT_EQ(find_questionnaire("675n-1999/core"), nullptr);
}

TEST(Item, KeysRoundTripInCanonicalOrder) {
  ASSERT_EQ(all_items().size(), kItemCount);
  EXPECT_EQ(key(all_items().front()), "stand_used");
  EXPECT_EQ(key(all_items().back()), "overall_ok");
  for (Item i : all_items()) EXPECT_EQ(parse_item(key(i)), i);
  EXPECT_FALSE(parse_item("Stand_used"));
  EXPECT_FALSE(parse_item("suggestions"));
}

TEST(Channel, CodesRoundTripAndOnlySiteAndAppCountTowardsTheFifth) {
  for (Channel c : all_channels()) EXPECT_EQ(parse_channel(code(c)), c);
  EXPECT_FALSE(parse_channel("telegram"));
  EXPECT_TRUE(site_or_app(Channel::web));
  EXPECT_TRUE(site_or_app(Channel::app));
  EXPECT_FALSE(site_or_app(Channel::kiosk));
  EXPECT_FALSE(site_or_app(Channel::operator_phone));
}

}  // namespace
}  // namespace nok::survey
