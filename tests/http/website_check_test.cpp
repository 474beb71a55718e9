// The website checker seen by people: «Проверить сейчас» in an organisation's cabinet
// against a fixture site on loopback (and its limit), the automatic confirmation of the
// «сайт» placement, and the officials' coverage page with its downloads and scope.
#include "app/website/site_check.h"
#include "http/staff_site.h"
#include "print/qr_code.h"
#include "print/qr_render.h"

namespace nok {
namespace {

using test::StaffSite;

class WebsiteCheckPages : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    staff = signed_in(account("ivanova", "org_staff", "school"));
    official = signed_in(account("official1", "official", "", "Департамент образования"));
    // The school's site: a page with the QR code of its placement «Официальный сайт».
    placement = stores->placements
                    .add_placement({0, stores->staff.organisation_scope("school")->organisation_id, "website",
                                    "website", "", "", ""},
                                   AuditEntry{0, "", 0, "", "placement.create", "placement", "", "", "{}"})
                    .id;
    qr_png = *print::qr_png(*print::encode_qr("http://nok.test/o/school?p=" + std::to_string(placement)), 150, 30);
    fixture_router.get("/nok", [this](const http::Request&) {
      http::Response page;
      page.body = "<html><body><h1>НОК</h1><img src=\"/qr.png\" alt=\"QR-код\"></body></html>";
      return page;
    });
    fixture_router.get("/qr.png", [this](const http::Request&) {
      http::Response image;
      image.content_type = "image/png";
      image.body = qr_png;
      return image;
    });
    fixture = std::make_unique<test::TestServer>(fixture_router);
    const std::string site = "http://127.0.0.1:" + std::to_string(fixture->port()) + "/nok";
    auto c = stores->pool().acquire();
    c->run("UPDATE organisations SET website = $1 WHERE code = 'school'", {std::string_view(site)});
    settings.public_url = "http://nok.test";
    settings.page_delay = std::chrono::milliseconds(0);
    settings.fetch.allowed_networks = *parse_networks("127.0.0.1/32");
    staff_context->website_checks = &settings;
  }

  Browser staff, official;
  std::int64_t placement = 0;
  std::string qr_png;
  http::Router fixture_router;
  std::unique_ptr<test::TestServer> fixture;
  CheckSettings settings;
};

TEST_F(WebsiteCheckPages, CheckNowFindsTheCodeConfirmsThePlacementAndIsLimited) {
  auto before = get("/cabinet/school", staff.cookie);
  EXPECT_TRUE(contains(before, "Сайт ещё не проверялся"));
  EXPECT_TRUE(contains(before, "Проверить сейчас"));

  auto checked = post(staff, "/cabinet/school/website-check", "");
  ASSERT_EQ(checked.status, 303) << checked.body;
  EXPECT_EQ(header(checked, "Location"), "/cabinet/school?checked=1#website-check");
  auto page = get("/cabinet/school?checked=1", staff.cookie);
  EXPECT_TRUE(contains(page, "Сайт проверен"));
  EXPECT_TRUE(contains(page, "QR-код на сайте ведёт на организацию"));
  EXPECT_TRUE(contains(page, "/qr.png"));
  EXPECT_FALSE(stores->placements.find_placement(placement)->confirmed_at.empty());

  // At once again: refused with the reason, across processes the store keeps the time.
  auto again = post(staff, "/cabinet/school/website-check", "");
  EXPECT_EQ(again.status, 429);
  EXPECT_TRUE(contains(again, "проверен недавно"));
  EXPECT_EQ(stores->websites.history(stores->staff.organisation_scope("school")->organisation_id, 10).size(), 1u);
}

TEST_F(WebsiteCheckPages, OnlyTheOrganisationsOwnStaffMayAskAndOnlyForASiteTheyNamed) {
  EXPECT_EQ(post(official, "/cabinet/school/website-check", "").status, 404);
  EXPECT_FALSE(contains(get("/cabinet/school", official.cookie), "Проверить сейчас"));
  auto c = stores->pool().acquire();
  c->run("UPDATE organisations SET website = '' WHERE code = 'school'");
  auto none = post(staff, "/cabinet/school/website-check", "");
  EXPECT_EQ(none.status, 422);
  EXPECT_TRUE(contains(none, "Укажите в профиле адрес официального сайта"));
}

TEST_F(WebsiteCheckPages, TheCoverageOfAnAuthorityAndItsDownloads) {
  ASSERT_EQ(post(staff, "/cabinet/school/website-check", "").status, 303);
  auto page = get("/monitoring/websites", official.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Блок работает у 1 из 1 организаций (100,0\u00a0%)"));
  auto csv = get("/monitoring/websites.csv?region=77", official.cookie);
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBF"));
  EXPECT_TRUE(contains(csv, "school;Школа № 1;77;"));
  EXPECT_TRUE(contains(csv, ";QR-код на сайте ведёт на организацию;"));
  EXPECT_NE(header(csv, "Content-Disposition").find("attachment"), std::string::npos);
  auto xlsx = get("/monitoring/websites.xlsx", official.cookie);
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_TRUE(xlsx.body.starts_with("PK"));
  // Another authority's organisations are not the official's; staff of an organisation see none.
  const auto health = stores->staff.find_authority("Минздрав области")->id;
  EXPECT_EQ(get("/monitoring/websites?authority=" + std::to_string(health), official.cookie).status, 404);
  EXPECT_EQ(get("/monitoring/websites", staff.cookie).status, 404);
  EXPECT_EQ(get("/monitoring/websites?region=7x", official.cookie).status, 404);
}

}  // namespace
}  // namespace nok
