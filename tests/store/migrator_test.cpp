// The migrator on both engines, with migrations of the test's own over a migrated database:
// each is recorded by name with its checksum, a missing one is applied whatever its number,
// and a changed one is refused before anything runs.
#include <gtest/gtest.h>

#include <vector>

#include "core/crypto.h"
#include "store/sql/migrator.h"
#include "support/test_store.h"

namespace nok {
namespace {

class Migrator : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
  }

  std::vector<std::string> migrate(std::vector<EmbeddedFile> files) {
    auto c = store->pool().acquire();
    return sql::migrate(*c, files);
  }
  bool table_exists(const std::string& name) {
    auto c = store->pool().acquire();
    try {
      c->run("SELECT COUNT(*) FROM " + name);
      return true;
    } catch (const sql::DatabaseError&) {
      return false;
    }
  }
  std::string checksum_of(std::string_view name) {
    auto c = store->pool().acquire();
    std::string out;
    c->run("SELECT checksum FROM schema_migrations WHERE name = $1", {name},
           [&](const sql::Row& r) { out = r.null("checksum") ? "null" : std::string(r.text("checksum")); });
    return out;
  }

  static constexpr EmbeddedFile k901{"901_first.sql", "CREATE TABLE t901 (id BIGINT);"};
  static constexpr EmbeddedFile k902{"902_second.sql", "CREATE TABLE t902 (id BIGINT);"};
  static constexpr EmbeddedFile k903{"903_third.sql", "CREATE TABLE t903 (id BIGINT);"};
  test::TestStore store;
};

TEST_F(Migrator, EachMigrationIsRecordedByNameWithTheChecksumOfItsText) {
  EXPECT_EQ(migrate({k901, k902}), (std::vector<std::string>{"901_first.sql", "902_second.sql"}));
  EXPECT_EQ(checksum_of("901_first.sql"), content_digest(k901.contents));
  EXPECT_EQ(checksum_of("902_second.sql"), content_digest(k902.contents));
  EXPECT_TRUE(migrate({k901, k902}).empty());
  EXPECT_EQ(store->schema_version(), 902);
}

TEST_F(Migrator, AMigrationMissingBelowTheHighestAppliedIsAppliedAfterwards) {
  ASSERT_EQ(migrate({k901, k903}).size(), 2u);  // a database that got 903 before 902 existed
  EXPECT_FALSE(table_exists("t902"));
  EXPECT_EQ(migrate({k903, k902, k901}), std::vector<std::string>{"902_second.sql"});
  EXPECT_TRUE(table_exists("t902"));
}

TEST_F(Migrator, AChangedMigrationIsRefusedByNameAndNothingElseRuns) {
  ASSERT_EQ(migrate({k901}).size(), 1u);
  const EmbeddedFile changed{"901_first.sql", "CREATE TABLE t901 (id BIGINT); -- edited"};
  try {
    migrate({changed, k902});
    FAIL() << "a changed migration was accepted";
  } catch (const sql::DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("миграция 901_first.sql изменилась"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(table_exists("t902"));
  EXPECT_EQ(checksum_of("901_first.sql"), content_digest(k901.contents));
}

TEST_F(Migrator, ARowRecordedBeforeChecksumsGetsOneAndIsCheckedFromThen) {
  ASSERT_EQ(migrate({k901}).size(), 1u);
  {
    auto c = store->pool().acquire();
    c->run("UPDATE schema_migrations SET checksum = NULL WHERE name = '901_first.sql'");
  }
  EXPECT_TRUE(migrate({k901}).empty());
  EXPECT_EQ(checksum_of("901_first.sql"), content_digest(k901.contents));
  EXPECT_THROW(migrate({EmbeddedFile{"901_first.sql", "-- another text"}}), sql::DatabaseError);
}

TEST_F(Migrator, ADatabaseFromBeforeChecksumsGetsTheColumnAndTheChecksums) {
  {
    auto c = store->pool().acquire();
    c->run("ALTER TABLE schema_migrations DROP COLUMN checksum");
  }
  EXPECT_TRUE(store->migrate().empty());
  EXPECT_EQ(checksum_of("001_schema.sql").size(), 64u);
}

TEST_F(Migrator, TheShippedMigrationsAreAllRecordedWithChecksums) {
  auto c = store->pool().acquire();
  std::int64_t without = -1, with = -1;
  c->run("SELECT COUNT(*) AS n FROM schema_migrations WHERE checksum IS NULL", {},
         [&](const sql::Row& r) { without = r.i64("n"); });
  c->run("SELECT COUNT(*) AS n FROM schema_migrations", {}, [&](const sql::Row& r) { with = r.i64("n"); });
  EXPECT_EQ(without, 0);
  EXPECT_GE(with, 14);
}

}  // namespace
}  // namespace nok
