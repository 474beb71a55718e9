// The public reads over a read replica (store/sql/public_reads.h), against a real hot
// standby streaming from the test server: they go to the replica; a cache dropped by a change
// is not refilled from a replica that has not replayed it (replay paused); a citizen's own
// answer is read back from the primary meanwhile; a stopped replica
// hands every read to the primary, and is used again once it is back.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <thread>

#include "store/postgres/postgres_connection.h"
#include "core/time.h"
#include "store/sql/open_stores.h"
#include "support/feedback_waits.h"
#include "support/organisations.h"
#include "support/test_replica.h"
#include "support/test_store.h"

namespace nok {
namespace {

using namespace std::chrono_literals;

bool eventually(const std::function<bool()>& holds, std::chrono::seconds limit = 20s) {
  for (auto until = std::chrono::steady_clock::now() + limit; std::chrono::steady_clock::now() < until;
       std::this_thread::sleep_for(50ms))
    if (holds()) return true;
  return holds();
}

// A store keeps a page of search results until the registry changes, and a quiet rename is
// no change it hears of: each probe asks a query of its own (another page size) so that the
// database answers it.
std::string searched_name(sql::SqlStores& stores) {
  static int asked = 0;
  OrganisationQuery query;
  query.text = "школа";
  query.limit = 20 + ++asked;
  auto page = stores.main->search_organisations(query);
  return page.items.empty() ? "" : page.items.front().short_name;
}

class ReadReplica : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* server = std::getenv("NOK_TEST_POSTGRES_URL");
    if (test::TestStore::engine_name() == "postgres" && server && *server)
      replica = std::make_unique<test::TestReplica>(server);
  }
  static void TearDownTestSuite() { replica.reset(); }

  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    if (store->engine() != sql::Engine::postgres) GTEST_SKIP() << "a read replica is PostgreSQL's";
    store->upsert_organisations({test::test_organisation("r1", "Школа № 1", Sphere::education, "Минобразования")});
    stores = sql::open_stores(store.url(), 2, replica->url_of(store.url()));
    other = sql::open_stores(store.url(), 2);
    standby = sql::open_postgres(replica->url_of(store.url()));
    ASSERT_TRUE(eventually([&] { return stores->main->public_reads().replica_up(); })) << "the replica is used";
    // The cache listener starts on a thread of its own and records the primary's position
    // once it listens; until the replica has replayed that, reads rightly go to the primary.
    // So wait until a read provably comes from the replica: caught up, paused, renamed
    // behind its back, and the search still shows the name it had.
    ASSERT_TRUE(eventually([&] {
      standby->run("SELECT pg_wal_replay_resume()");
      if (!eventually([&] { return replayed_all(); })) return false;
      standby->run("SELECT pg_wal_replay_pause()");
      rename_quietly("Школа № 0");
      const bool from_replica = searched_name(*stores) == "Школа № 1";
      rename_quietly("Школа № 1");
      return from_replica;
    })) << "a public read is served by the replica";
    standby->run("SELECT pg_wal_replay_resume()");
    ASSERT_TRUE(eventually([&] { return replayed_all(); }));
  }

  void TearDown() override {
    if (standby && standby->healthy()) standby->run("SELECT pg_wal_replay_resume()");
  }

  // Whether the standby has replayed everything the primary had written when asked.
  bool replayed_all() {
    std::int64_t written = 0, replayed = -1;
    store.connect()->run("SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint AS n", {},
                         [&](const sql::Row& r) { written = r.i64("n"); });
    standby->run("SELECT (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint AS n", {},
                 [&](const sql::Row& r) { replayed = r.i64("n"); });
    return replayed >= written;
  }

  // Renames r1 on the primary behind the stores' back: no notification, so nothing tells
  // them the replica is behind.
  void rename_quietly(const std::string& name) {
    store.connect()->run("UPDATE organisations SET short_name = $1 WHERE code = 'r1'", {name});
  }

  static std::unique_ptr<test::TestReplica> replica;
  test::TestStore store;
  std::unique_ptr<sql::SqlStores> stores, other;
  std::unique_ptr<sql::Connection> standby;
};

std::unique_ptr<test::TestReplica> ReadReplica::replica;

TEST_F(ReadReplica, PublicReadsGoToTheReplica) {
  standby->run("SELECT pg_wal_replay_pause()");
  rename_quietly("Школа № 2");
  // The replica has not replayed the rename: the search that finds the old name read it.
  EXPECT_EQ(searched_name(*stores), "Школа № 1");
  standby->run("SELECT pg_wal_replay_resume()");
  EXPECT_TRUE(eventually([&] { return searched_name(*stores) == "Школа № 2"; }));
}

TEST_F(ReadReplica, ACacheDroppedByAChangeIsNotRefilledFromAReplicaBehindIt) {
  ASSERT_EQ(stores->main->find_organisation("r1")->short_name, "Школа № 1");  // cached
  standby->run("SELECT pg_wal_replay_pause()");
  // Another process renames it: this one hears the notification and drops its cache entry.
  other->main->upsert_organisations({test::test_organisation("r1", "Школа № 3", Sphere::education, "Минобразования")});
  // The entry is read again from the primary, not from the paused replica (which would keep
  // the old name cached, and the replica's old name every refill after).
  EXPECT_TRUE(eventually([&] { return stores->main->find_organisation("r1")->short_name == "Школа № 3"; }, 10s));
  EXPECT_EQ(searched_name(*stores), "Школа № 3") << "the replica serves nothing until it has replayed the change";
  standby->run("SELECT pg_wal_replay_resume()");
  // Caught up, it serves the reads again: a quiet rename is not seen until it is replayed.
  ASSERT_TRUE(eventually([&] { return replayed_all(); }));
  standby->run("SELECT pg_wal_replay_pause()");
  rename_quietly("Школа № 4");
  EXPECT_EQ(searched_name(*stores), "Школа № 3");
}

TEST_F(ReadReplica, ACitizenReadsTheirOwnAnswerBackWhileTheReplicaLags) {
  const auto cycle = stores->main->open_cycle("Минобразования", current_year(), "344n-2019");
  stores->main->include_in_cycle(cycle, {{"r1", 100}});
  const auto alice = stores->main->upsert_citizen("alice", "sealed contact");
  ASSERT_TRUE(eventually([&] { return replayed_all(); }));
  standby->run("SELECT pg_wal_replay_pause()");
  rename_quietly("Школа № 7");
  const auto rated = rate_organisation(*stores->main, {"r1", alice, {{"comfort", "4"}}, "k1"});
  ASSERT_TRUE(rated.errors.empty());
  EXPECT_EQ(searched_name(*stores), "Школа № 1") << "the public search is served by the paused replica";
  EXPECT_EQ(stores->main->citizen_activity(alice, 10).ratings.size(), 1u) << "«Мои оценки» from the primary";
  EXPECT_EQ(stores->main->organisation_feedback("r1", cycle, 3).ratings.count(ratings::Aspect::comfort), 1u)
      << "what a citizen's own write changes is read from the primary";
}

TEST_F(ReadReplica, AStoppedReplicaHandsTheReadsToThePrimaryAndIsUsedAgainWhenBack) {
  standby.reset();
  replica->stop();
  rename_quietly("Школа № 5");
  // The first read meets the lost connection and runs again on the primary; nothing fails.
  EXPECT_EQ(searched_name(*stores), "Школа № 5");
  EXPECT_EQ(stores->main->find_organisation("r1")->short_name, "Школа № 5");
  EXPECT_FALSE(stores->main->public_reads().replica_up());
  replica->start();
  EXPECT_TRUE(eventually([&] { return stores->main->public_reads().replica_up(); })) << "back by itself";
  standby = sql::open_postgres(replica->url_of(store.url()));
  ASSERT_TRUE(eventually([&] { return replayed_all(); }));
  standby->run("SELECT pg_wal_replay_pause()");
  rename_quietly("Школа № 6");
  EXPECT_EQ(searched_name(*stores), "Школа № 5") << "the replica serves the reads again";
}

}  // namespace
}  // namespace nok
