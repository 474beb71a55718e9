// Limits (store/limit_store.h) on both engines: exact under a concurrent burst, from one
// store and from two stores over the same database, as two `nok` processes would be.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "store/sql/sql_store.h"
#include "support/burst.h"
#include "support/test_store.h"

namespace nok {
namespace {

using std::chrono::minutes;

class Limits : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
  }
  // Takes `key` from `threads` threads at once, spread over the given stores; returns how
  // many takes succeeded.
  static int burst(std::vector<Store*> stores, std::string_view key, int limit, int threads) {
    std::atomic<int> granted{0};
    test::burst(threads, [&](int i) {
      if (stores[i % stores.size()]->take_limit(key, limit, minutes(15))) ++granted;
    });
    return granted;
  }
  test::TestStore store;
};

TEST_F(Limits, AllowsUpToTheLimitThenRefuses) {
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(store->take_limit("code:a", 3, minutes(15))) << i;
  EXPECT_FALSE(store->take_limit("code:a", 3, minutes(15)));
  EXPECT_TRUE(store->take_limit("code:b", 3, minutes(15))) << "another key has its own count";
}

TEST_F(Limits, AUnitGivenBackCanBeTakenAgain) {
  auto first = store->take_limit("code:a", 1, minutes(15));
  ASSERT_TRUE(first);
  EXPECT_FALSE(store->take_limit("code:a", 1, minutes(15)));
  store->give_back(*first);
  store->give_back(*first);  // twice is harmless
  EXPECT_TRUE(store->take_limit("code:a", 1, minutes(15)));
  EXPECT_FALSE(store->take_limit("code:a", 1, minutes(15)));
}

TEST_F(Limits, UnitsOutsideTheWindowDoNotCount) {
  ASSERT_TRUE(store->take_limit("net:x", 1, std::chrono::seconds(1)));
  EXPECT_FALSE(store->take_limit("net:x", 1, minutes(1))) << "a longer window still sees it";
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  EXPECT_TRUE(store->take_limit("net:x", 1, std::chrono::seconds(1)));
}

TEST_F(Limits, AConcurrentBurstGetsExactlyTheLimit) {
  EXPECT_EQ(burst({&*store}, "code:burst", 3, 24), 3);
}

TEST_F(Limits, ABurstSplitAcrossTwoStoresOfOneDatabaseGetsExactlyTheLimit) {
  auto second = sql::open_sql_store(store.url(), 4);
  EXPECT_EQ(burst({&*store, second.get()}, "appeal:7", 5, 30), 5);
  EXPECT_FALSE(second->take_limit("appeal:7", 5, minutes(15)));
}

}  // namespace
}  // namespace nok
