// Where QR codes lead, over HTTP: a QR arrival (`?p=`) of an organisation whose code leads to
// bus.gov.ru is counted, then redirected; everyone else sees nok's page. The region's choice
// (administrators) and the organisation's (its authority's officials), their forms and scopes.
#include "core/csv.h"
#include "http/staff_site.h"
#include "support/organisations.h"

namespace nok {
namespace {

using test::StaffSite;

class QrDestinationPages : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    official = signed_in(account("sidorov", "official", "", "Департамент образования"));
    admin = signed_in(account("admin", "admin"));
    organisation_id = stores->staff.organisation_scope("school")->organisation_id;
    placement = std::to_string(
        stores->placements
            .add_placement({0, organisation_id, "poster_a4", "entrance", "", "", ""},
                           {0, "", 0, "", "placement.create", "placement", "", "", "{}"})
            .id);
  }

  void set_card(const std::string& card) {
    auto o = test::staff_test_organisation("school", "Школа № 1", "77", "Департамент образования");
    o.bus_gov_card = card;
    (void)store->upsert_organisations({o});
  }

  FunnelCounts counted() {
    FunnelCounts total;
    for (const auto& f : stores->placements.funnel(organisation_id, "2000-01-01", "2999-12-31")) {
      total.scans += f.counts.scans;
      total.outgoing += f.counts.outgoing;
    }
    return total;
  }

  Browser official, admin;
  std::int64_t organisation_id = 0;
  std::string placement;
};

TEST_F(QrDestinationPages, AQrArrivalIsCountedThenSentToTheCardOnBusGov) {
  set_card("457295");
  ASSERT_EQ(post(official, "/cabinet/school/qr-destination", "destination=bus_gov").status, 303);
  auto scan = get("/o/school?p=" + placement);
  EXPECT_EQ(scan.status, 303);
  EXPECT_EQ(header(scan, "Location"), "https://bus.gov.ru/info-card/457295");
  EXPECT_EQ(header(scan, "Cache-Control"), "no-store");
  const auto n = counted();
  EXPECT_EQ(n.scans, 1);
  EXPECT_EQ(n.outgoing, 1);

  // Browsing to the organisation (no `?p=`) still shows nok's page.
  auto page = get("/o/school");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Школа № 1"));
  // A malformed placement id is no QR arrival either.
  EXPECT_EQ(get("/o/school?p=abc").status, 200);
  EXPECT_EQ(counted().outgoing, 1);

  // Monitoring shows the scan as sent on, on its page and in its export (counted() flushed it).
  auto monitoring = get("/monitoring", official.cookie);
  ASSERT_EQ(monitoring.status, 200);
  EXPECT_TRUE(contains(monitoring, "Переход на bus.gov.ru"));
  auto csv = get("/monitoring.csv", official.cookie);
  ASSERT_EQ(csv.status, 200);
  const auto table = csv::parse(csv.body);
  ASSERT_TRUE(table) << table.error().message;
  const auto outgoing = table->column("Переход на bus.gov.ru"), scans = table->column("Сканирований");
  ASSERT_TRUE(outgoing && scans);
  ASSERT_FALSE(table->records.empty());
  EXPECT_EQ(table->records[0].fields[*outgoing], "1");  // the total
  EXPECT_EQ(table->records[0].fields[*scans], "2");     // the redirected scan and the page's own
  // The cabinet's funnel too.
  EXPECT_TRUE(contains(get("/cabinet/school", official.cookie), "Переход на bus.gov.ru"));
}

TEST_F(QrDestinationPages, WithoutACardIdTheScanOpensNoksPageAndTheCabinetSaysWhy) {
  ASSERT_EQ(post(official, "/cabinet/school/qr-destination", "destination=bus_gov").status, 303);
  auto scan = get("/o/school?p=" + placement);
  EXPECT_EQ(scan.status, 200);
  EXPECT_TRUE(contains(scan, "Школа № 1"));
  EXPECT_EQ(counted().scans, 1);
  EXPECT_EQ(counted().outgoing, 0);
  auto cabinet = get("/cabinet/school", official.cookie);
  EXPECT_TRUE(contains(cabinet, "в реестре нет номера карточки организации"));
}

TEST_F(QrDestinationPages, TheRegionsChoiceHoldsUntilTheOrganisationChoosesOtherwise) {
  set_card("457295");
  auto saved = post(admin, "/admin/qr-destinations/77", "destination=bus_gov");
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(get("/o/school?p=" + placement).status, 303);

  ASSERT_EQ(post(official, "/cabinet/school/qr-destination", "destination=nok").status, 303);
  EXPECT_EQ(get("/o/school?p=" + placement).status, 200);  // the organisation's own choice wins

  ASSERT_EQ(post(official, "/cabinet/school/qr-destination", "destination=region").status, 303);
  EXPECT_EQ(get("/o/school?p=" + placement).status, 303);  // «как в регионе» again

  ASSERT_EQ(post(admin, "/admin/qr-destinations/77", "destination=nok").status, 303);
  EXPECT_EQ(get("/o/school?p=" + placement).status, 200);

  auto regions = get("/admin/qr-destinations", admin.cookie);
  EXPECT_EQ(regions.status, 200);
  EXPECT_TRUE(contains(regions, "карточка организации на bus.gov.ru"));
  auto audit = get("/admin/audit", admin.cookie);
  EXPECT_TRUE(contains(audit, "Изменено, куда ведут QR-коды региона"));
  EXPECT_TRUE(contains(audit, "Изменено, куда ведёт QR-код организации"));
}

TEST_F(QrDestinationPages, OnlyTheAuthoritysOfficialsAndAdministratorsChooseWithTheirFormsToken) {
  const auto staff = signed_in(account("ivanova", "org_staff", "school"));
  const auto other_official = signed_in(account("petrov", "official", "", "Минздрав области"));
  EXPECT_EQ(post(staff, "/cabinet/school/qr-destination", "destination=bus_gov").status, 404);
  EXPECT_EQ(post(other_official, "/cabinet/school/qr-destination", "destination=bus_gov").status, 404);
  EXPECT_EQ(post("/cabinet/school/qr-destination", "destination=bus_gov", official.cookie).status, 403);  // no CSRF
  EXPECT_EQ(post(official, "/cabinet/school/qr-destination", "destination=elsewhere").status, 422);
  EXPECT_FALSE(store->find_organisation("school")->qr_destination);
  EXPECT_EQ(post(admin, "/cabinet/school/qr-destination", "destination=bus_gov").status, 303);
  EXPECT_EQ(store->find_organisation("school")->qr_destination, QrDestination::bus_gov);

  // The organisation's staff see the choice, without the form.
  auto cabinet = get("/cabinet/school", staff.cookie);
  EXPECT_TRUE(contains(cabinet, "Куда ведёт QR-код"));
  EXPECT_FALSE(contains(cabinet, "action=\"/cabinet/school/qr-destination\""));
  EXPECT_TRUE(contains(get("/cabinet/school", official.cookie), "action=\"/cabinet/school/qr-destination\""));

  // A region's choice is the administrator's alone.
  EXPECT_EQ(post(official, "/admin/qr-destinations/77", "destination=bus_gov").status, 404);
  EXPECT_EQ(get("/admin/qr-destinations", official.cookie).status, 404);
  EXPECT_EQ(post("/admin/qr-destinations/77", "destination=bus_gov", admin.cookie).status, 403);  // no CSRF
  EXPECT_EQ(post(admin, "/admin/qr-destinations/99x", "destination=bus_gov").status, 404);
  EXPECT_EQ(post(admin, "/admin/qr-destinations/77", "destination=elsewhere").status, 422);
  EXPECT_EQ(store->region_qr_destination("77"), QrDestination::nok);
}

}  // namespace
}  // namespace nok
