// Where QR codes lead: the card id from the registry, the region's and the organisation's
// choice, each audited and seen by every process at once; on both engines.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "store/sql/open_stores.h"
#include "support/organisations.h"
#include "support/test_store.h"

namespace nok {
namespace {

AuditEntry audit(std::string action, std::string type, std::string id) {
  return {0, "", 0, "", std::move(action), std::move(type), std::move(id), "{}", "{}"};
}

Organisation school(std::string code, std::optional<std::string> card) {
  auto o = test::test_organisation(std::move(code), "Школа", Sphere::education, "Минобразования", "77");
  o.bus_gov_card = std::move(card);
  return o;
}

class QrDestinations : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    stores = sql::open_stores(store.url(), 2);
  }
  QrDestination leads(std::string_view code) {
    const auto o = *stores->main->find_organisation(code);
    return effective_qr_destination(o.qr_destination, stores->main->region_qr_destination(o.region_code),
                                    o.bus_gov_card.value_or(""));
  }

  test::TestStore store;
  std::unique_ptr<sql::SqlStores> stores;
};

TEST_F(QrDestinations, TheCardIdIsStoredAndAFileWithoutTheColumnKeepsIt) {
  (void)stores->main->upsert_organisations({school("s1", "123456"), school("s2", std::nullopt)});
  EXPECT_EQ(stores->main->find_organisation("s1")->bus_gov_card, "123456");
  EXPECT_EQ(stores->main->find_organisation("s2")->bus_gov_card, "");
  (void)stores->main->upsert_organisations({school("s1", std::nullopt)});  // no column: kept
  EXPECT_EQ(stores->main->find_organisation("s1")->bus_gov_card, "123456");
  (void)stores->main->upsert_organisations({school("s1", "")});  // an empty cell clears it
  EXPECT_EQ(stores->main->find_organisation("s1")->bus_gov_card, "");
}

TEST_F(QrDestinations, NokByDefaultThenTheRegionsChoiceThenTheOrganisationsOwn) {
  (void)stores->main->upsert_organisations({school("s1", "123456")});
  EXPECT_EQ(stores->main->region_qr_destination("77"), QrDestination::nok);
  EXPECT_FALSE(stores->main->find_organisation("s1")->qr_destination);
  EXPECT_EQ(leads("s1"), QrDestination::nok);

  ASSERT_TRUE(stores->main->set_region_qr_destination("77", QrDestination::bus_gov,
                                                       audit("region.qr_destination", "region", "77")));
  EXPECT_EQ(stores->main->region_qr_destination("77"), QrDestination::bus_gov);
  EXPECT_EQ(leads("s1"), QrDestination::bus_gov);
  EXPECT_EQ(stores->main->region_qr_destination("50"), QrDestination::nok);  // other regions stay

  ASSERT_TRUE(stores->main->set_organisation_qr_destination("s1", QrDestination::nok,
                                                             audit("organisation.qr_destination", "organisation", "s1")));
  EXPECT_EQ(stores->main->find_organisation("s1")->qr_destination, QrDestination::nok);
  EXPECT_EQ(leads("s1"), QrDestination::nok);  // the organisation's choice overrides the region

  ASSERT_TRUE(stores->main->set_organisation_qr_destination("s1", std::nullopt,
                                                             audit("organisation.qr_destination", "organisation", "s1")));
  EXPECT_FALSE(stores->main->find_organisation("s1")->qr_destination);
  EXPECT_EQ(leads("s1"), QrDestination::bus_gov);  // «как в регионе» again

  // A registry import keeps the choice.
  ASSERT_TRUE(stores->main->set_organisation_qr_destination("s1", QrDestination::nok,
                                                             audit("organisation.qr_destination", "organisation", "s1")));
  (void)stores->main->upsert_organisations({school("s1", "123456")});
  EXPECT_EQ(stores->main->find_organisation("s1")->qr_destination, QrDestination::nok);
}

TEST_F(QrDestinations, BusGovWithoutACardIdFallsBackToNoksPage) {
  (void)stores->main->upsert_organisations({school("s1", std::nullopt)});
  ASSERT_TRUE(stores->main->set_organisation_qr_destination("s1", QrDestination::bus_gov,
                                                             audit("organisation.qr_destination", "organisation", "s1")));
  EXPECT_EQ(leads("s1"), QrDestination::nok);
  (void)stores->main->upsert_organisations({school("s1", "42")});
  EXPECT_EQ(leads("s1"), QrDestination::bus_gov);
}

TEST_F(QrDestinations, UnknownRegionsAndOrganisationsChangeNothingAndEveryChangeIsAudited) {
  (void)stores->main->upsert_organisations({school("s1", "1")});
  const auto before = stores->staff.audit_log(100, 0).size();
  EXPECT_FALSE(stores->main->set_region_qr_destination("99x", QrDestination::bus_gov, audit("region.qr_destination", "region", "99x")));
  EXPECT_FALSE(stores->main->set_organisation_qr_destination(
      "nope", QrDestination::bus_gov, audit("organisation.qr_destination", "organisation", "nope")));
  EXPECT_EQ(stores->staff.audit_log(100, 0).size(), before);
  ASSERT_TRUE(stores->main->set_region_qr_destination("77", QrDestination::bus_gov,
                                                       audit("region.qr_destination", "region", "77")));
  ASSERT_TRUE(stores->main->set_organisation_qr_destination("s1", QrDestination::nok,
                                                             audit("organisation.qr_destination", "organisation", "s1")));
  const auto log = stores->staff.audit_log(100, 0);
  ASSERT_EQ(log.size(), before + 2);
  EXPECT_EQ(log[0].action, "organisation.qr_destination");  // newest first
  EXPECT_EQ(log[1].action, "region.qr_destination");
  EXPECT_EQ(log[1].object_id, "77");
}

// Another process (a SqlStores of its own over the same database) sees a change at once,
// not when its cache expires: on PostgreSQL through the cache notifications.
TEST_F(QrDestinations, AChangeThroughOneProcessIsSeenByAnotherAtOnce) {
  if (store->engine() != sql::Engine::postgres) GTEST_SKIP() << "one process per SQLite file";
  (void)stores->main->upsert_organisations({school("s1", "123456")});
  auto other = sql::open_stores(store.url(), 2);
  ASSERT_EQ(leads("s1"), QrDestination::nok);
  ASSERT_EQ(other->main->region_qr_destination("77"), QrDestination::nok);  // now cached there
  ASSERT_FALSE(other->main->find_organisation("s1")->qr_destination);
  ASSERT_TRUE(stores->main->set_region_qr_destination("77", QrDestination::bus_gov,
                                                       audit("region.qr_destination", "region", "77")));
  ASSERT_TRUE(stores->main->set_organisation_qr_destination("s1", QrDestination::nok,
                                                             audit("organisation.qr_destination", "organisation", "s1")));
  bool seen = false;
  for (int i = 0; i < 400 && !seen; ++i) {  // well under the caches' 5 s
    seen = other->main->region_qr_destination("77") == QrDestination::bus_gov &&
           other->main->find_organisation("s1")->qr_destination == QrDestination::nok;
    if (!seen) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace nok
