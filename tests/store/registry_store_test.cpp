// The Store's registry operations, run on both engines (see tests/CMakeLists.txt).
#include <gtest/gtest.h>

#include "store/sql/connection.h"
#include "support/organisations.h"
#include "support/test_store.h"

namespace nok {
namespace {

class RegistryStore : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
  }

  static Organisation org(std::string code, std::string name, std::string region = "77",
                          Sphere sphere = Sphere::education) {
    auto o = test::test_organisation(std::move(code), std::move(name), sphere, "Департамент образования города Москвы",
                                     std::move(region));
    o.recipients_per_year = 500;
    return o;
  }

  test::TestStore store;
};

TEST_F(RegistryStore, MigrationsAreAppliedOnceAndReferenceDataIsLoaded) {
  EXPECT_GE(store->schema_version(), 1);
  EXPECT_TRUE(store->migrate().empty());  // already up to date
  auto regions = store->regions();
  ASSERT_GT(regions.size(), 80u);
  EXPECT_EQ(regions.front().code, "01");
}

TEST_F(RegistryStore, UpsertInsertsThenUpdatesWithoutDuplicates) {
  auto first = store->upsert_organisations({org("s1", "Школа № 1"), org("s2", "Школа № 2")});
  EXPECT_EQ(first.inserted, 2);
  EXPECT_EQ(first.updated, 0);

  auto renamed = org("s1", "Школа № 1 имени Пушкина");
  auto second = store->upsert_organisations({renamed, org("s2", "Школа № 2")});
  EXPECT_EQ(second.inserted, 0);
  EXPECT_EQ(second.updated, 2);
  EXPECT_EQ(store->count_organisations(), 2);
  EXPECT_EQ(store->find_organisation("s1")->short_name, "Школа № 1 имени Пушкина");
}

TEST_F(RegistryStore, FindReturnsEveryFieldAndTheAuthority) {
  auto o = org("abc", "Библиотека", "50", Sphere::culture);
  o.level = Level::municipal;
  o.address = "г. Химки, ул. Мира, 1";
  o.website = "https://lib.example.ru";
  o.municipality = "г. Химки";
  (void)store->upsert_organisations({o});
  auto found = store->find_organisation("abc");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->region_code, "50");
  EXPECT_EQ(found->sphere, Sphere::culture);
  EXPECT_EQ(found->level, Level::municipal);
  EXPECT_EQ(found->address, o.address);
  EXPECT_EQ(found->website, o.website);
  EXPECT_EQ(found->municipality, o.municipality);
  EXPECT_EQ(found->authority, o.authority);
  EXPECT_EQ(found->recipients_per_year, 500);
  EXPECT_FALSE(store->find_organisation("nope"));
}

TEST_F(RegistryStore, SearchIsCaseInsensitiveForRussianAndFilters) {
  (void)store->upsert_organisations({org("a", "Школа № 5"), org("b", "Детский сад «Ёлочка»", "50"),
                                     org("c", "Поликлиника", "77", Sphere::health)});
  EXPECT_EQ(store->search_organisations({.text = "ШКОЛА"}).total, 1);
  EXPECT_EQ(store->search_organisations({.text = "елочка"}).items.at(0).code, "b");
  EXPECT_EQ(store->search_organisations({.region_code = "77"}).total, 2);
  EXPECT_EQ(store->search_organisations({.sphere = Sphere::health}).items.at(0).code, "c");
  EXPECT_EQ(store->search_organisations({.text = "7707083893"}).total, 3);  // by ИНН
  auto paged = store->search_organisations({.limit = 2, .offset = 2});
  EXPECT_EQ(paged.total, 3);
  EXPECT_EQ(paged.items.size(), 1u);
}

TEST_F(RegistryStore, SearchTreatsSqlMetacharactersAsText) {
  (void)store->upsert_organisations({org("a", "Школа 100%"), org("b", "Школа 1000")});
  EXPECT_EQ(store->search_organisations({.text = "100%"}).total, 1);
  EXPECT_EQ(store->search_organisations({.text = "_"}).total, 0);
  EXPECT_EQ(store->search_organisations({.text = "'; DROP TABLE organisations; --"}).total, 0);
  EXPECT_EQ(store->count_organisations(), 2);
}

TEST_F(RegistryStore, AFailingBatchChangesNothing) {
  (void)store->upsert_organisations({org("keep", "Было")});
  auto changed = org("keep", "Стало");
  auto broken = org("bad", "Регион не существует", "00");  // violates the regions foreign key
  EXPECT_THROW((void)store->upsert_organisations({changed, broken}), sql::DatabaseError);
  EXPECT_EQ(store->count_organisations(), 1);
  EXPECT_EQ(store->find_organisation("keep")->short_name, "Было");
}

}  // namespace
}  // namespace nok

namespace nok {
namespace {

class CycleStore : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    auto o = test::test_organisation("a1", "Школа", Sphere::culture, "Департамент образования");
    Organisation p = o;
    p.code = "a2";
    (void)store->upsert_organisations({o, p});
  }
  test::TestStore store;
};

TEST_F(CycleStore, OpenCycleIsIdempotentPerAuthorityAndYear) {
  auto first = store->open_cycle("Департамент образования", 2026, "344n-2019");
  EXPECT_EQ(store->open_cycle("Департамент образования", 2026, "344n-2019"), first);
  EXPECT_NE(store->open_cycle("Департамент образования", 2027, "344n-2019"), first);
  EXPECT_THROW((void)store->open_cycle("Нет такого органа", 2026, "344n-2019"), sql::DatabaseError);
}

TEST_F(CycleStore, AssessmentOfTellsWhetherAnOrganisationIsAssessedThatYear) {
  auto cycle = store->open_cycle("Департамент образования", 2026, "344n-2019");
  store->include_in_cycle(cycle, {{"a1", 200}});
  auto a = store->assessment_of("a1", 2026);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->cycle_id, cycle);
  EXPECT_EQ(a->sample_target, 200);
  EXPECT_EQ(a->authority, "Департамент образования");
  EXPECT_EQ(a->state, "collecting");
  EXPECT_FALSE(store->assessment_of("a1", 2025));
  EXPECT_FALSE(store->assessment_of("a2", 2026));
}

TEST_F(CycleStore, IncludingAnUnknownOrganisationChangesNothing) {
  auto cycle = store->open_cycle("Департамент образования", 2026, "344n-2019");
  EXPECT_THROW(store->include_in_cycle(cycle, {{"a1", 10}, {"nope", 10}}), sql::DatabaseError);
  EXPECT_FALSE(store->assessment_of("a1", 2026));
}

}  // namespace
}  // namespace nok
