// The read caches of several processes over one PostgreSQL database: a change committed
// through one process's stores is dropped from every other's at once (LISTEN/NOTIFY), and
// a listener that lost its connection drops everything. Each "process" is a SqlStores of
// its own, with its own pool and listener, over the test's schema.
#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <set>

#include "store/sql/open_stores.h"
#include "support/organisations.h"
#include "support/test_store.h"

namespace nok {
namespace {

using namespace std::chrono_literals;

// Waits for the events a store's cache owners hear; a generous limit only so that a broken
// listener fails the test instead of hanging it.
class Heard {
 public:
  explicit Heard(sql::CacheEvents& events) {
    events.subscribe([this](sql::Stale what) {
      std::lock_guard lock(mutex_);
      heard_.insert(what);
      changed_.notify_all();
    });
  }
  bool wait_for(sql::Stale what, std::chrono::seconds limit = 60s) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, limit, [&] { return heard_.count(what) > 0; });
  }
  bool heard(sql::Stale what) {
    std::lock_guard lock(mutex_);
    return heard_.count(what) > 0;
  }
  void forget() {
    std::lock_guard lock(mutex_);
    heard_.clear();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::set<sql::Stale> heard_;
};

class CacheEvents : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    if (store->engine() != sql::Engine::postgres) GTEST_SKIP() << "one process per SQLite file";
    store->upsert_organisations({test::test_organisation("s1", "Школа № 1", Sphere::education, "Минобразования")});
    first = sql::open_stores(store.url(), 2);
    second = sql::open_stores(store.url(), 2);
    heard = std::make_unique<Heard>(first->main->cache_events());
    ASSERT_TRUE(first_listens()) << "the first process's listener connected";
  }

  // Makes registry changes through the second process until the first hears one as itself
  // (a registry change alone, not a drop of everything on connecting); forgets what it heard.
  bool first_listens() {
    for (int i = 0; i < 60; ++i) {
      heard->forget();
      second->main->upsert_organisations({test::test_organisation(
          "s1", "Школа № " + std::to_string(i + 1), Sphere::education, "Минобразования")});
      const bool itself = heard->wait_for(sql::Stale::registry, 1s) && !heard->heard(sql::Stale::publication);
      heard->forget();
      if (itself) return true;
    }
    return false;
  }

  // Waits for the first process to hear `what` until `fresh` holds; a notification of an
  // earlier change may arrive first, so each one heard is followed by a look. Fails when
  // none is heard within the generous limit.
  bool first_sees(sql::Stale what, const std::function<bool()>& fresh) {
    for (int i = 0; i < 10; ++i) {
      if (!heard->wait_for(what)) return false;
      heard->forget();
      if (fresh()) return true;
    }
    return false;
  }

  test::TestStore store;
  // Declared before the stores, so it outlives the listener that may still call it.
  std::unique_ptr<Heard> heard;
  std::unique_ptr<sql::SqlStores> first, second;
};

TEST_F(CacheEvents, ARegistryChangeThroughOneProcessIsSeenByTheOtherAtOnce) {
  first->main->find_organisation("s1");  // now cached for 5 s
  second->main->upsert_organisations(
      {test::test_organisation("s1", "Школа № 1 имени Пушкина", Sphere::education, "Минобразования")});
  EXPECT_TRUE(first_sees(sql::Stale::registry, [&] {
    return first->main->find_organisation("s1")->short_name == "Школа № 1 имени Пушкина";
  }));
}

TEST_F(CacheEvents, ACycleTargetChangedThroughOneProcessIsSeenByTheOtherAtOnce) {
  const int year = 2026;
  const auto cycle = second->main->open_cycle("Минобразования", year, "344n-2019");
  second->main->include_in_cycle(cycle, {{"s1", 100}});
  ASSERT_EQ(first->main->assessment_of("s1", year)->sample_target, 100);  // cached
  second->main->include_in_cycle(cycle, {{"s1", 250}});
  EXPECT_TRUE(first_sees(sql::Stale::cycles, [&] { return first->main->assessment_of("s1", year)->sample_target == 250; }));
}

TEST_F(CacheEvents, AListenerThatLostItsConnectionDropsEverythingAndListensAgain) {
  // Every listener of the server loses its connection (other tests' listeners reconnect too).
  store.connect()->run(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'nok cache listener'");
  ASSERT_TRUE(heard->wait_for(sql::Stale::publication)) << "everything was dropped";
  // Listening again within a second or two.
  EXPECT_TRUE(first_listens());
}

TEST(CacheEventPayloads, AreHeardOnlyFromTheSameSchema) {
  sql::CacheEvents events;
  std::set<sql::Stale> heard;
  events.subscribe([&](sql::Stale what) { heard.insert(what); });
  events.received("other_schema:registry", "mine");
  events.received("registry", "mine");
  events.received("mine:unknown", "mine");
  EXPECT_TRUE(heard.empty());
  events.received("mine:publication", "mine");
  EXPECT_EQ(heard, std::set<sql::Stale>{sql::Stale::publication});
}

}  // namespace
}  // namespace nok
