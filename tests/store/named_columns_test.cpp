// Result columns read by name (sql::Row), on both engines.
#include <gtest/gtest.h>

#include "support/test_store.h"

namespace nok::sql {
namespace {

class NamedColumns : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    c = store.connect();
    c->script("CREATE TABLE named_rows (id BIGINT PRIMARY KEY, name TEXT NOT NULL, total DOUBLE PRECISION, note TEXT)");
    c->run("INSERT INTO named_rows (id, name, total, note) VALUES (7, 'Школа № 5', 81.5, NULL)");
  }
  test::TestStore store;
  std::unique_ptr<Connection> c;
};

struct Read {
  std::int64_t id = 0;
  std::string name;
  double total = 0;
  bool note_null = false;
  bool operator==(const Read&) const = default;
};

Read read_by_name(Connection& c, std::string_view sql) {
  Read out;
  c.run(sql, {}, [&](const Row& r) {
    out = {r.i64("id"), std::string(r.text("name")), r.f64("total"), r.null("note")};
  });
  return out;
}

TEST_F(NamedColumns, AColumnListInAnotherOrderReadsTheSameValuesByName) {
  const Read expected{7, "Школа № 5", 81.5, true};
  EXPECT_EQ(read_by_name(*c, "SELECT id, name, total, note FROM named_rows"), expected);
  EXPECT_EQ(read_by_name(*c, "SELECT note, total, name, id FROM named_rows"), expected);
  EXPECT_EQ(read_by_name(*c, "SELECT n.total, n.note, 0 AS unread, n.id, n.name FROM named_rows n"), expected);
}

TEST_F(NamedColumns, AnAliasNamesAnExpression) {
  std::int64_t n = 0;
  std::string label;
  c->run("SELECT COUNT(*) AS n, COALESCE(MAX(note), 'нет') AS label FROM named_rows", {}, [&](const Row& r) {
    n = r.i64("n");
    label = r.text("label");
  });
  EXPECT_EQ(n, 1);
  EXPECT_EQ(label, "нет");
}

TEST_F(NamedColumns, ReadingAColumnTheStatementDoesNotReturnThrowsNamingItAndTheStatement) {
  try {
    c->run("SELECT id, name FROM named_rows", {}, [](const Row& r) { (void)r.text("short_name"); });
    FAIL() << "a column the statement does not return was read";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("short_name"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("SELECT id, name FROM named_rows"), std::string::npos) << e.what();
  }
  // The statement stays usable: the error was the reader's, not the connection's.
  EXPECT_EQ(read_by_name(*c, "SELECT id, name, total, note FROM named_rows").id, 7);
}

TEST_F(NamedColumns, AColumnNameTheStatementReturnsTwiceCannotBeRead) {
  EXPECT_THROW(c->run("SELECT id, id FROM named_rows", {}, [](const Row& r) { (void)r.i64("id"); }), DatabaseError);
}

TEST_F(NamedColumns, ReturningColumnsAreReadByNameToo) {
  std::int64_t id = 0;
  c->run("INSERT INTO named_rows (id, name) VALUES (8, 'Библиотека') RETURNING id", {},
         [&](const Row& r) { id = r.i64("id"); });
  EXPECT_EQ(id, 8);
}

}  // namespace
}  // namespace nok::sql
