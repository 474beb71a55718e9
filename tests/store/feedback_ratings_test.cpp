// Ratings in points and opinions on the rating, over a real store on both engines.
#include <future>

#include "store/feedback_fixture.h"
#include "support/error_kind.h"
#include "support/feedback_waits.h"

namespace nok::test {
namespace {

using Ratings = FeedbackStore;

std::vector<Field> all_five(const char* points) {
  return {{"comfort", points}, {"politeness", points}, {"information", points}, {"booking", points},
          {"accessibility", points}};
}

TEST_F(Ratings, ARatingIsCountedInTheOrganisationsAverages) {
  auto r = rate_organisation(*store, request("lib1", alice, all_five("4"), "r1"));
  ASSERT_TRUE(r.errors.empty()) << describe(r.errors[0]);
  EXPECT_EQ(r.outcome.status, "counted");
  ASSERT_TRUE(rate_organisation(*store, request("lib1", bob, {{"comfort", "2"}}, "r2")).errors.empty());
  auto seen = store->organisation_feedback("lib1", cycle, 3).ratings;
  EXPECT_EQ(seen.count(ratings::Aspect::comfort), 2u);
  EXPECT_DOUBLE_EQ(*seen.average(ratings::Aspect::comfort), 3.0);
  EXPECT_EQ(seen.distribution(ratings::Aspect::comfort)[1], 1u);  // one gave 2 points
  EXPECT_EQ(seen.count(ratings::Aspect::politeness), 1u);         // bob rated comfort only
  EXPECT_EQ(store->organisation_feedback("lib2", cycle, 3).ratings.count(ratings::Aspect::comfort), 0u);
}

TEST_F(Ratings, ASecondRatingReplacesTheFirstAndKeepsItAsHistory) {
  ASSERT_TRUE(rate_organisation(*store, request("lib1", alice, all_five("5"), "a")).errors.empty());
  auto second = rate_organisation(*store, request("lib1", alice, all_five("1"), "b"));
  ASSERT_TRUE(second.errors.empty());
  EXPECT_TRUE(second.outcome.replaced_previous);
  auto seen = store->organisation_feedback("lib1", cycle, 3).ratings;
  EXPECT_EQ(seen.count(ratings::Aspect::booking), 1u);
  EXPECT_DOUBLE_EQ(*seen.average(ratings::Aspect::booking), 1.0);
  auto mine = store->citizen_activity(alice, 10).ratings;
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0].head.status, "counted");
  EXPECT_EQ(mine[1].head.status, "replaced");
  EXPECT_EQ(*mine[1].points[0], 5);
}

TEST_F(Ratings, TheSameKeyAgainChangesNothing) {
  auto first = rate_organisation(*store, request("lib1", alice, all_five("5"), "same"));
  auto again = rate_organisation(*store, request("lib1", alice, all_five("1"), "same"));
  EXPECT_TRUE(again.outcome.repeated);
  EXPECT_EQ(again.outcome.id, first.outcome.id);
  EXPECT_DOUBLE_EQ(*store->organisation_feedback("lib1", cycle, 3).ratings.average(ratings::Aspect::comfort), 5.0);
  EXPECT_EQ(store->citizen_activity(alice, 10).ratings.size(), 1u);
}

TEST_F(Ratings, AFormPostedTwiceAtOnceIsCountedOnce) {
  auto post = [&] { return rate_organisation(*store, request("lib2", alice, all_five("3"), "race")); };
  auto a = std::async(std::launch::async, post), b = std::async(std::launch::async, post);
  auto ra = a.get(), rb = b.get();
  EXPECT_EQ(ra.outcome.id, rb.outcome.id);
  EXPECT_NE(ra.outcome.repeated, rb.outcome.repeated);
  EXPECT_EQ(store->citizen_activity(alice, 10).ratings.size(), 1u);
}

TEST_F(Ratings, BadPointsAndUnknownAspectsAreRefusedAndChangeNothing) {
  auto range = rate_organisation(*store, request("lib1", alice, {{"comfort", "6"}}, "x1"));
  EXPECT_EQ(kind_of(range.errors), "invalid");
  EXPECT_EQ(range.errors.at(0).code, "rating_bad_points");
  EXPECT_EQ(range.errors.at(0).column, "comfort");
  EXPECT_EQ(rate_organisation(*store, request("lib1", alice, {{"comfort", "0"}}, "x2")).errors.at(0).code,
            "rating_bad_points");
  EXPECT_EQ(rate_organisation(*store, request("lib1", alice, {{"mood", "5"}}, "x3")).errors.at(0).code,
            "rating_unknown_key");
  EXPECT_EQ(rate_organisation(*store, request("lib1", alice, {}, "x4")).errors.at(0).code, "rating_empty");
  EXPECT_TRUE(store->citizen_activity(alice, 10).ratings.empty());
}

TEST_F(Ratings, RatingsAndOpinionsNeedThisYearsCycle) {
  auto rating = rate_organisation(*store, request("old1", alice, all_five("5"), "o1"));
  EXPECT_EQ(kind_of(rating.errors), "conflict");
  EXPECT_EQ(rating.errors.at(0).code, "not_in_cycle");
  EXPECT_EQ(kind_of(give_opinion(*store, request("old1", alice, {{"agrees", "1"}}, "o2")).errors), "conflict");
  EXPECT_EQ(kind_of(rate_organisation(*store, request("nope", alice, all_five("5"), "o3")).errors), "not_found");
  EXPECT_EQ(kind_of(rate_organisation(*store, request("lib1", 0, all_five("5"), "o4")).errors), "unauthorized");
  EXPECT_EQ(kind_of(rate_organisation(*store, request("lib1", alice, all_five("5"), std::string(65, 'k'))).errors), "malformed");
}

TEST_F(Ratings, OpinionsAreCountedOncePerCitizen) {
  ASSERT_TRUE(give_opinion(*store, request("lib1", alice, {{"agrees", "1"}}, "p1")).errors.empty());
  ASSERT_TRUE(give_opinion(*store, request("lib1", bob, {{"agrees", "0"}, {"comment", "Очереди"}}, "p2")).errors.empty());
  auto seen = store->organisation_feedback("lib1", cycle, 3);
  EXPECT_EQ(seen.agree, 1);
  EXPECT_EQ(seen.disagree, 1);
  auto changed = give_opinion(*store, request("lib1", alice, {{"agrees", "0"}}, "p3"));
  EXPECT_TRUE(changed.outcome.replaced_previous);
  seen = store->organisation_feedback("lib1", cycle, 3);
  EXPECT_EQ(seen.agree, 0);
  EXPECT_EQ(seen.disagree, 2);
  auto mine = store->citizen_activity(bob, 10).opinions;
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].comment, "Очереди");
  EXPECT_FALSE(mine[0].agrees);
}

TEST_F(Ratings, AnOpinionMustChooseAndKeepItsCommentShort) {
  EXPECT_EQ(give_opinion(*store, request("lib1", alice, {{"comment", "без выбора"}}, "q1")).errors.at(0).code,
            "opinion_missing_field");
  EXPECT_EQ(give_opinion(*store, request("lib1", alice, {{"agrees", "yes"}}, "q2")).errors.at(0).code,
            "opinion_bad_choice");
  const std::string long_comment(1001, 'a');
  auto r = give_opinion(*store, request("lib1", alice, {{"agrees", "1"}, {"comment", long_comment}}, "q3"));
  EXPECT_EQ(r.errors.at(0).code, "opinion_too_long");
  EXPECT_EQ(store->organisation_feedback("lib1", cycle, 3).agree, 0);
}

}  // namespace
}  // namespace nok::test
