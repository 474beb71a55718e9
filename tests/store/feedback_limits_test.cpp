// The daily limits of one account's reviews, appeals and comments on measures, under a
// concurrent burst from one store and from two stores over the same database (as two `nok`
// processes), on both engines.
#include <algorithm>
#include <map>
#include <mutex>
#include <set>

#include "store/feedback_fixture.h"
#include "store/sql/sql_store.h"
#include "support/burst.h"
#include "support/error_kind.h"
#include "support/feedback_waits.h"

namespace nok::test {
namespace {

// One kind of post by `who` under the idempotency key `key`, through a store.
using Post = std::function<FeedbackResult(Store&, std::int64_t who, const std::string& key)>;

class FeedbackLimits : public FeedbackStore {
 protected:
  // A burst of `threads` posts by alice, each under its own key, sent through `stores` in
  // turn: how many had each outcome (ok stored, rate_limited refused).
  std::map<std::string, int> burst_of(const Post& post, std::vector<Store*> stores, int threads = 30) {
    std::mutex mutex;
    std::map<std::string, int> statuses;
    test::burst(threads, [&](int i) {
      const auto r = post(*stores[i % stores.size()], alice, "burst-" + std::to_string(i));
      std::lock_guard lock(mutex);
      ++statuses[kind_of(r.errors)];
    });
    return statuses;
  }

  static FeedbackResult review(Store& s, std::int64_t who, const std::string& key) {
    const std::string text = "Отзыв " + key;
    return post_review(s, request("lib1", who, {{"text", text}, {"tone", "positive"}}, key));
  }
  static FeedbackResult appeal(Store& s, std::int64_t who, const std::string& key) {
    const std::string text = "Обращение " + key;
    return file_appeal(s, request("old1", who, {{"subject", "Пандус"}, {"text", text}}, key));
  }
  static FeedbackResult comment(Store& s, std::int64_t who, const std::string& key) {
    const std::string text = "Комментарий " + key;
    return comment_on_measures(s, request("lib1", who, {{"plan_item", ""}, {"text", text}}, key));
  }

  std::unique_ptr<sql::SqlStore> second_process() { return sql::open_sql_store(store.url(), 4); }
};

TEST_F(FeedbackLimits, ABurstOfReviewsFromOneAccountStoresExactlyFive) {
  const auto statuses = burst_of(review, {&*store});
  EXPECT_EQ(statuses, (std::map<std::string, int>{{"ok", 5}, {"rate_limited", 25}}));
  EXPECT_EQ(store->published_reviews("lib1", 50, 0).total, 5);
}

TEST_F(FeedbackLimits, ABurstOfReviewsSplitAcrossTwoProcessesStoresExactlyFive) {
  auto second = second_process();
  EXPECT_EQ(burst_of(review, {&*store, second.get()}), (std::map<std::string, int>{{"ok", 5}, {"rate_limited", 25}}));
  EXPECT_EQ(store->citizen_activity(alice, 50).reviews.size(), 5u);
}

TEST_F(FeedbackLimits, ABurstOfAppealsFromOneAccountStoresExactlyFive) {
  EXPECT_EQ(burst_of(appeal, {&*store}), (std::map<std::string, int>{{"ok", 5}, {"rate_limited", 25}}));
  EXPECT_EQ(store->citizen_activity(alice, 50).appeals.size(), 5u);
}

TEST_F(FeedbackLimits, ABurstOfAppealsSplitAcrossTwoProcessesStoresExactlyFive) {
  auto second = second_process();
  EXPECT_EQ(burst_of(appeal, {&*store, second.get()}), (std::map<std::string, int>{{"ok", 5}, {"rate_limited", 25}}));
  EXPECT_EQ(store->organisation_appeals("old1").size(), 5u);
}

TEST_F(FeedbackLimits, ABurstOfCommentsOnMeasuresSplitAcrossTwoProcessesStoresExactlyTen) {
  auto second = second_process();
  EXPECT_EQ(burst_of(comment, {&*store, second.get()}), (std::map<std::string, int>{{"ok", 10}, {"rate_limited", 20}}));
  EXPECT_EQ(store->measure_comments("lib1", 50).size(), 10u);
}

// Ratings and opinions have no daily count: each is one voice per citizen, organisation and
// cycle, the newer replacing the earlier under the citizen's lock. A burst leaves one counted.
TEST_F(FeedbackLimits, ABurstOfRatingsAndOpinionsSplitAcrossTwoProcessesLeavesOneOfEachCounted) {
  auto second = second_process();
  auto rating = [](Store& s, std::int64_t who, const std::string& key) {
    return rate_organisation(s, request("lib1", who, {{"comfort", "4"}, {"booking", "2"}}, key));
  };
  auto opinion = [](Store& s, std::int64_t who, const std::string& key) {
    return give_opinion(s, request("lib1", who, {{"agrees", "1"}}, key));
  };
  EXPECT_EQ(burst_of(rating, {&*store, second.get()}), (std::map<std::string, int>{{"ok", 30}}));
  EXPECT_EQ(burst_of(opinion, {&*store, second.get()}), (std::map<std::string, int>{{"ok", 30}}));
  const auto mine = store->citizen_activity(alice, 50);
  ASSERT_EQ(mine.ratings.size(), 30u);
  ASSERT_EQ(mine.opinions.size(), 30u);
  auto counted = [](const auto& entries) {
    return std::count_if(entries.begin(), entries.end(), [](const auto& e) { return e.head.status == "counted"; });
  };
  EXPECT_EQ(counted(mine.ratings), 1);
  EXPECT_EQ(counted(mine.opinions), 1);
}

TEST_F(FeedbackLimits, TheRefusalSaysWhatTheLimitIsInRussian) {
  for (int i = 0; i < 5; ++i) ASSERT_EQ(kind_of(review(*store, alice, "r" + std::to_string(i)).errors), "ok");
  const auto sixth = review(*store, alice, "r5");
  EXPECT_EQ(kind_of(sixth.errors), "rate_limited");
  ASSERT_EQ(sixth.errors.size(), 1u);
  EXPECT_EQ(sixth.errors[0].code, "too_many_posts");
  EXPECT_EQ(sixth.errors[0].message,
            "С одной учётной записи можно отправить не больше 5 отзывов за сутки. Попробуйте завтра.");
  EXPECT_EQ(sixth.outcome.id, 0);
}

TEST_F(FeedbackLimits, RepeatsOfAPostReturnItAndDoNotUseUpTheLimit) {
  auto second = second_process();
  for (int i = 0; i < 4; ++i) ASSERT_EQ(kind_of(review(*store, alice, "r" + std::to_string(i)).errors), "ok");
  // A double tap thirty times over, through both processes: one review, the others its repeats.
  std::mutex mutex;
  std::set<std::int64_t> ids;
  int repeated = 0, refused = 0;
  test::burst(30, [&](int i) {
    const auto r = review(i % 2 ? *second : *store, alice, "tap");
    std::lock_guard lock(mutex);
    ids.insert(r.outcome.id);
    repeated += r.outcome.repeated;
    refused += !r.errors.empty();
  });
  EXPECT_EQ(ids.size(), 1u);
  EXPECT_EQ(repeated, 29);
  EXPECT_EQ(refused, 0);
  // That was the fifth; the day's limit is reached, yet a repeat still gets its review.
  EXPECT_EQ(kind_of(review(*store, alice, "r9").errors), "rate_limited");
  const auto again = review(*second, alice, "tap");
  EXPECT_EQ(kind_of(again.errors), "ok");
  EXPECT_TRUE(again.outcome.repeated);
  EXPECT_EQ(again.outcome.id, *ids.begin());
}

TEST_F(FeedbackLimits, EachAccountAndEachKindOfPostHasItsOwnLimit) {
  for (int i = 0; i < 5; ++i) ASSERT_EQ(kind_of(review(*store, alice, "r" + std::to_string(i)).errors), "ok");
  EXPECT_EQ(kind_of(review(*store, alice, "r5").errors), "rate_limited");
  EXPECT_EQ(kind_of(review(*store, bob, "r5").errors), "ok");
  EXPECT_EQ(kind_of(appeal(*store, alice, "a0").errors), "ok");
  EXPECT_EQ(kind_of(comment(*store, alice, "c0").errors), "ok");
}

TEST_F(FeedbackLimits, OnlyPostsSinceTheLimitsStartCount) {
  auto write = [&](const std::string& key, PostLimit limit) {
    return submit_review(*store, {{"lib1", alice, key}, "Отзыв", "", std::move(limit)});
  };
  ASSERT_FALSE(write("k1", {1, "2000-01-01T00:00:00Z"}).over_limit);
  EXPECT_TRUE(write("k2", {1, "2000-01-01T00:00:00Z"}).over_limit);
  EXPECT_FALSE(write("k3", {1, "2999-01-01T00:00:00Z"}).over_limit) << "the first review is older than that";
  EXPECT_FALSE(write("k4", {}).over_limit) << "no limit";
  EXPECT_EQ(store->citizen_activity(alice, 10).reviews.size(), 3u);
}

}  // namespace
}  // namespace nok::test
