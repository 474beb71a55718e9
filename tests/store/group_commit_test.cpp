// The group commit over a real database, on both engines.
#include "store/sql/group_commit.h"

#include <gtest/gtest.h>

#include <future>

#include "store/postgres/postgres_connection.h"
#include "store/sqlite/sqlite_connection.h"
#include "support/test_store.h"

namespace nok::sql {
namespace {

std::int64_t count_rows(Connection& c) {
  std::int64_t n = 0;
  c.run("SELECT COUNT(*) AS n FROM group_commit_rows", {}, [&](const Row& r) { n = r.i64("n"); });
  return n;
}

TEST(GroupCommit, AFailingWriteIsUndoneAloneAndTheOthersCommit) {
  test::TestStore store;
  if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
  auto open = [url = store.url()]() -> std::unique_ptr<Connection> {
    return url.starts_with("sqlite:") ? open_sqlite(url.substr(7)) : open_postgres(url);
  };
  auto reader = open();
  reader->script("CREATE TABLE group_commit_rows (n INTEGER PRIMARY KEY)");

  constexpr int kWrites = 64;
  int failed = 0;
  {
    GroupCommit commit(open, 2);
    std::vector<std::future<bool>> written;
    for (int i = 0; i < kWrites; ++i)
      written.push_back(std::async(std::launch::async, [&commit, i] {
        try {
          // Write 13 takes the key of write 7: whichever comes second must fail, alone.
          commit.run([i](Connection& c) {
            c.run("INSERT INTO group_commit_rows (n) VALUES ($1)", {std::int64_t{i == 13 ? 7 : i}});
          });
          return true;
        } catch (const DatabaseError&) {
          return false;
        }
      }));
    for (auto& w : written) failed += w.get() ? 0 : 1;
  }
  EXPECT_EQ(failed, 1);
  EXPECT_EQ(count_rows(*reader), kWrites - 1);
}

TEST(GroupCommit, AnUnreachableDatabaseFailsTheWritesAndTheNextOnesTryAgain) {
  int opened = 0;
  GroupCommit commit([&opened]() -> std::unique_ptr<Connection> {
    ++opened;
    throw DatabaseError("не удалось подключиться");
  });
  EXPECT_THROW(commit.run([](Connection&) {}), DatabaseError);
  EXPECT_THROW(commit.run([](Connection&) {}), DatabaseError);
  EXPECT_GE(opened, 2);
}

}  // namespace
}  // namespace nok::sql
