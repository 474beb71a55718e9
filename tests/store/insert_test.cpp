// The INSERT builder (sql::Insert): the statement it writes, and the statement run on both
// engines.
#include "store/sql/insert.h"

#include <gtest/gtest.h>

#include "support/test_store.h"

namespace nok::sql {
namespace {

TEST(Insert, NumbersThePlaceholdersInTheOrderTheColumnsAreSet) {
  const std::string name = "Школа № 5";
  Insert insert("organisations");
  insert.set("id", std::int64_t{7}).set("short_name", name).set("website", nullptr).set("total", 81.5);
  EXPECT_EQ(insert.sql(), "INSERT INTO organisations (id, short_name, website, total) VALUES ($1, $2, $3, $4)");
  ASSERT_EQ(insert.params().size(), 4u);
  EXPECT_EQ(std::get<std::int64_t>(insert.params()[0]), 7);
  EXPECT_EQ(std::get<std::string_view>(insert.params()[1]), name);
  EXPECT_TRUE(std::holds_alternative<std::nullptr_t>(insert.params()[2]));
  EXPECT_EQ(std::get<double>(insert.params()[3]), 81.5);
}

TEST(Insert, PlaceholdersOfTheClausesFollowTheColumns) {
  const std::int64_t id = 42;
  Insert insert("t");
  insert.set("id", id)
      .set("code", "a")
      .then("ON CONFLICT (code) DO UPDATE SET hits = t.hits + $?", {std::int64_t{1}})
      .then("RETURNING CASE WHEN t.id = $? THEN 1 ELSE 0 END AS inserted", {id});
  EXPECT_EQ(insert.sql(),
            "INSERT INTO t (id, code) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET hits = t.hits + $3 "
            "RETURNING CASE WHEN t.id = $4 THEN 1 ELSE 0 END AS inserted");
  EXPECT_EQ(insert.params().size(), 4u);
}

TEST(Insert, ExpressionsAndASourceMakeAnInsertFromASelect) {
  Insert insert("results");
  insert.set("id", std::int64_t{1})
      .set_expression("organisation_id", "id")
      .set_expression("scores_json", "''")
      .set("total", 3.5)
      .from("organisations WHERE code = $?", {std::string_view("x")});
  EXPECT_EQ(insert.sql(),
            "INSERT INTO results (id, organisation_id, scores_json, total) SELECT $1, id, '', $2 "
            "FROM organisations WHERE code = $3");
  EXPECT_EQ(insert.params().size(), 3u);
}

TEST(Insert, EqualColumnListsGiveTheSameStatementWhateverTheValues) {
  auto statement = [](std::int64_t id, std::string_view text) {
    return Insert("reviews").set("id", id).set("text", text).then("RETURNING id").sql();
  };
  EXPECT_EQ(statement(1, "a"), statement(2, "другой"));
}

TEST(Insert, AClauseWhoseMarksAndParametersDisagreeIsRefused) {
  EXPECT_THROW(Insert("t").set("a", std::int64_t{1}).then("RETURNING $?"), DatabaseError);
  EXPECT_THROW(Insert("t").set("a", std::int64_t{1}).then("RETURNING a", {std::int64_t{2}}), DatabaseError);
}

class InsertRun : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    c = store.connect();
    c->script("CREATE TABLE insert_rows (id BIGINT PRIMARY KEY, code TEXT NOT NULL UNIQUE, note TEXT, "
              "hits BIGINT NOT NULL DEFAULT 1)");
  }
  std::int64_t hits(std::string_view code) {
    std::int64_t n = 0;
    c->run("SELECT hits FROM insert_rows WHERE code = $1", {code}, [&](const Row& r) { n = r.i64("hits"); });
    return n;
  }
  test::TestStore store;
  std::unique_ptr<Connection> c;
};

TEST_F(InsertRun, StoresEachValueInItsColumnAndReturnsWhatTheClauseAsks) {
  const std::string note = "заметка";
  auto upsert = [&](std::int64_t id) {
    std::int64_t inserted = -1;
    Insert("insert_rows")
        .set("id", id)
        .set("code", "a")
        .set("note", note)
        .then("ON CONFLICT (code) DO UPDATE SET hits = insert_rows.hits + 1")
        .then("RETURNING CASE WHEN insert_rows.id = $? THEN 1 ELSE 0 END AS inserted", {id})
        .run(*c, [&](const Row& r) { inserted = r.i64("inserted"); });
    return inserted;
  };
  EXPECT_EQ(upsert(1), 1);
  EXPECT_EQ(upsert(2), 0) << "the second is an update of the first row";
  EXPECT_EQ(hits("a"), 2);
  std::string stored;
  c->run("SELECT note FROM insert_rows WHERE id = 1", {}, [&](const Row& r) { stored = r.text("note"); });
  EXPECT_EQ(stored, note);
}

TEST_F(InsertRun, AnInsertFromASourceWithoutARowInsertsNothing) {
  c->run("INSERT INTO insert_rows (id, code) VALUES (1, 'a')");
  auto copy = [&](std::int64_t id, std::string_view from_code, std::string_view code) {
    return Insert("insert_rows")
        .set("id", id)
        .set("code", code)
        .set_expression("hits", "hits + 10")
        .from("insert_rows WHERE code = $?", {from_code})
        .run(*c);
  };
  EXPECT_EQ(copy(2, "a", "b"), 1);
  EXPECT_EQ(hits("b"), 11);
  EXPECT_EQ(copy(3, "нет такой", "c"), 0);
  EXPECT_EQ(hits("c"), 0);
}

}  // namespace
}  // namespace nok::sql
