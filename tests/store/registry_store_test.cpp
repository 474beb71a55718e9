// The Store's registry operations, run on both engines (see tests/CMakeLists.txt).
#include <gtest/gtest.h>

#include "store/sql/connection.h"
#include "support/organisations.h"
#include "store/sql/open_stores.h"
#include "support/assessed_organisations.h"
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

TEST_F(RegistryStore, SearchNarrowsToAnAuthorityAMunicipalityAndASetOfSpheres) {
  auto school = org("a", "Школа № 5"), library = org("b", "Библиотека", "77", Sphere::culture),
       clinic = org("c", "Поликлиника", "77", Sphere::health), elsewhere = org("d", "Школа № 6");
  school.municipality = library.municipality = "г. Химки";
  clinic.municipality = "г. Мытищи";
  elsewhere.authority = "Минздрав области";
  (void)store->upsert_organisations({school, library, clinic, elsewhere});
  std::int64_t authority_id = 0;
  store->pool().acquire()->run("SELECT authority_id FROM organisations WHERE code = 'a'", {},
                              [&](const sql::Row& r) { authority_id = r.i64("authority_id"); });
  ASSERT_NE(authority_id, 0);

  auto codes = [&](const OrganisationQuery& q) {
    std::string out;
    for (const auto& o : store->search_organisations(q).items) out += o.code;
    return out;
  };
  EXPECT_EQ(codes({.authority_id = authority_id}), "bca");  // by short name; "d" is another authority's
  EXPECT_EQ(codes({.authority_id = authority_id, .municipality = "г. Химки"}), "ba");
  EXPECT_EQ(codes({.authority_id = authority_id, .spheres = {Sphere::education, Sphere::health}}), "ca");
  EXPECT_EQ(codes({.sphere = Sphere::education, .spheres = {Sphere::culture}}), "");  // both must hold
  EXPECT_EQ(store->search_organisations({.authority_id = authority_id, .spheres = {Sphere::health}}).total, 1);
  EXPECT_EQ(store->municipalities(authority_id), (std::vector<std::string>{"г. Мытищи", "г. Химки"}));
  EXPECT_TRUE(store->municipalities(-1).empty());
}

TEST_F(RegistryStore, SearchTreatsSqlMetacharactersAsText) {
  (void)store->upsert_organisations({org("a", "Школа 100%"), org("b", "Школа 1000")});
  EXPECT_EQ(store->search_organisations({.text = "100%"}).total, 1);
  EXPECT_EQ(store->search_organisations({.text = "_"}).total, 0);
  EXPECT_EQ(store->search_organisations({.text = "'; DROP TABLE organisations; --"}).total, 0);
  EXPECT_EQ(store->count_organisations(), 2);
}

TEST_F(RegistryStore, ASearchShowsAChangeToTheRegistryAtOnce) {
  (void)store->upsert_organisations({org("s1", "Школа № 1")});
  EXPECT_EQ(store->search_organisations({.text = "школа"}).total, 1);  // the page is now kept
  (void)store->upsert_organisations({org("s2", "Школа № 2"), org("s1", "Гимназия № 1")});
  const auto page = store->search_organisations({.text = "школа"});
  EXPECT_EQ(page.total, 1);
  ASSERT_EQ(page.items.size(), 1u);
  EXPECT_EQ(page.items[0].code, "s2");
  EXPECT_EQ(store->search_organisations({.text = "гимназия"}).items.at(0).code, "s1");
}

TEST_F(RegistryStore, AFailingBatchChangesNothing) {
  (void)store->upsert_organisations({org("keep", "Было")});
  auto changed = org("keep", "Стало");
  auto broken = org("bad", "Регион не существует", "00");  // violates the regions foreign key
  EXPECT_THROW((void)store->upsert_organisations({changed, broken}), sql::DatabaseError);
  EXPECT_EQ(store->count_organisations(), 1);
  EXPECT_EQ(store->find_organisation("keep")->short_name, "Было");
}

// The organisation's own fields (address, website) against its staff's edits in the cabinet.
class RegistryStaffEdits : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    stores = sql::open_stores(store.url(), 2);
    (void)store->upsert_organisations({registry_row()});
  }

  static Organisation registry_row() {
    auto o = test::staff_test_organisation("school", "Школа № 1", "77", "Департамент образования");
    o.website = "https://registry.example.ru";
    return o;
  }

  // Saves the cabinet's profile form as the school's staff would.
  void staff_save(const std::string& address, const std::string& website) {
    auto profile = *stores->staff.organisation_profile("school");
    profile.address = address;
    profile.website = website;
    const AuditEntry audit{0, "", 0, "", "organisation.update", "organisation", "school", "", "{}"};
    ASSERT_TRUE(stores->staff.update_organisation_profile(profile, audit));
  }

  test::TestStore store;
  std::unique_ptr<sql::SqlStores> stores;
};

TEST_F(RegistryStaffEdits, AStaffEditSurvivesAReimportAndEveryReimportReportsIt) {
  staff_save("ул. Ленина, 1", "https://staff.example.ru");  // the address is saved unchanged
  auto row = registry_row();
  row.short_name = row.full_name = "Школа № 1 имени Пушкина";
  row.address = "ул. Мира, 5";
  for (int reimport = 0; reimport < 2; ++reimport) {
    auto summary = store->upsert_organisations({row}, StaffEdits::keep);
    ASSERT_EQ(summary.conflicts.size(), 1u);
    const auto& conflict = summary.conflicts.front();
    EXPECT_EQ(conflict.code, "school");
    EXPECT_EQ(conflict.field, "website");
    EXPECT_EQ(conflict.registry_value, "https://registry.example.ru");
    EXPECT_EQ(conflict.staff_value, "https://staff.example.ru");
    EXPECT_FALSE(conflict.edited_at.empty());
  }
  const auto found = store->find_organisation("school");
  EXPECT_EQ(found->website, "https://staff.example.ru");  // kept
  EXPECT_EQ(found->address, "ул. Мира, 5");               // saved unchanged by staff: still the registry's
  EXPECT_EQ(found->short_name, "Школа № 1 имени Пушкина");
}

TEST_F(RegistryStaffEdits, RegistryFieldsAndFieldsStaffLeftAloneAreTakenFromTheRegistry) {
  staff_save("ул. Ленина, 1", "https://staff.example.ru");
  auto row = registry_row();
  row.short_name = row.full_name = "Школа № 1 имени Пушкина";
  row.inn = "500100732259";
  row.region_code = "50";
  row.sphere = Sphere::culture;
  row.level = Level::municipal;
  row.authority = "Минкультуры области";
  row.municipality = "г. Химки";
  row.recipients_per_year = 1200;
  row.address = "ул. Мира, 5";
  row.website = "https://staff.example.ru";  // the registry now agrees with staff: no conflict
  EXPECT_TRUE(store->upsert_organisations({row}, StaffEdits::keep).conflicts.empty());
  const auto found = *store->find_organisation("school");
  EXPECT_EQ(found.short_name, row.short_name);
  EXPECT_EQ(found.full_name, row.full_name);
  EXPECT_EQ(found.inn, row.inn);
  EXPECT_EQ(found.region_code, "50");
  EXPECT_EQ(found.sphere, Sphere::culture);
  EXPECT_EQ(found.level, Level::municipal);
  EXPECT_EQ(found.authority, "Минкультуры области");
  EXPECT_EQ(found.municipality, "г. Химки");
  EXPECT_EQ(found.recipients_per_year, 1200);
  EXPECT_EQ(found.address, "ул. Мира, 5");

  // The agreed website is still the staff's: a later registry change is a conflict again.
  row.website = "https://registry-2.example.ru";
  EXPECT_EQ(store->upsert_organisations({row}, StaffEdits::keep).conflicts.size(), 1u);
  EXPECT_EQ(store->find_organisation("school")->website, "https://staff.example.ru");
}

TEST_F(RegistryStaffEdits, OverwritingTakesTheRegistrysValueAndReportsWhatItReplaced) {
  staff_save("ул. Школьная, 7", "https://staff.example.ru");
  auto summary = store->upsert_organisations({registry_row()}, StaffEdits::overwrite);
  ASSERT_EQ(summary.conflicts.size(), 2u);
  EXPECT_EQ(summary.conflicts[0].field, "address");
  EXPECT_EQ(summary.conflicts[0].staff_value, "ул. Школьная, 7");
  EXPECT_EQ(summary.conflicts[1].field, "website");
  EXPECT_EQ(summary.conflicts[1].staff_value, "https://staff.example.ru");
  auto found = store->find_organisation("school");
  EXPECT_EQ(found->address, "ул. Ленина, 1");
  EXPECT_EQ(found->website, "https://registry.example.ru");

  // The values are the registry's again: its next change is no conflict.
  auto row = registry_row();
  row.website = "https://registry-2.example.ru";
  EXPECT_TRUE(store->upsert_organisations({row}, StaffEdits::keep).conflicts.empty());
  EXPECT_EQ(store->find_organisation("school")->website, "https://registry-2.example.ru");
}

TEST_F(RegistryStaffEdits, AFailingImportNeitherOverwritesNorForgetsAStaffEdit) {
  staff_save("ул. Ленина, 1", "https://staff.example.ru");
  auto broken = registry_row();
  broken.code = "bad";
  broken.region_code = "00";  // violates the regions foreign key
  EXPECT_THROW((void)store->upsert_organisations({registry_row(), broken}, StaffEdits::overwrite), sql::DatabaseError);
  EXPECT_EQ(store->find_organisation("school")->website, "https://staff.example.ru");
  EXPECT_EQ(store->upsert_organisations({registry_row()}, StaffEdits::keep).conflicts.size(), 1u);
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
