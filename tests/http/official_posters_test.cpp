// /official/posters.zip: one streamed ZIP of every poster in an official's scope, only of
// organisations assessed this year, with 404 outside the scope and 4xx for bad parameters.
#include <gtest/gtest.h>

#include "staff_site.h"

namespace nok {
namespace {

class OfficialPosters : public test::StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    // In the education authority's region, but not in this year's assessment.
    (void)store->upsert_organisations({test::staff_test_organisation("library", "Библиотека № 3", "77",
                                                                     "Департамент образования")});
    education = signed_in(account("official1", "official", "", "Департамент образования"));
    monitor = signed_in(account("minfin", "monitor"));
    health_id = stores->staff.find_authority("Минздрав области")->id;
  }

  // The names of the entries of a stored ZIP, read from its local headers.
  static std::vector<std::string> entries(const std::string& zip) {
    std::vector<std::string> names;
    auto u16 = [&](std::size_t at) { return std::size_t(std::uint8_t(zip[at])) | std::size_t(std::uint8_t(zip[at + 1])) << 8; };
    auto u32 = [&](std::size_t at) { return u16(at) | u16(at + 2) << 16; };
    std::size_t at = 0;
    while (at + 30 <= zip.size() && zip.compare(at, 4, "PK\x03\x04") == 0) {
      names.push_back(zip.substr(at + 30, u16(at + 26)));
      at += 30 + u16(at + 26) + u16(at + 28) + u32(at + 18);
    }
    EXPECT_EQ(zip.compare(zip.size() - 22, 4, "PK\x05\x06"), 0) << "no end of central directory";
    return names;
  }

  Browser education, monitor;
  std::int64_t health_id = 0;
};

TEST_F(OfficialPosters, AnOfficialGetsItsAuthoritysAssessedOrganisationsAsOneZip) {
  auto zip = get("/official/posters.zip?format=a4", education.cookie);
  ASSERT_EQ(zip.status, 200) << zip.body.substr(0, 500);
  EXPECT_EQ(header(zip, "Content-Type"), "application/zip");
  EXPECT_EQ(header(zip, "Transfer-Encoding"), "chunked");
  // Named in words, with a Latin fallback for clients that read only ASCII (RFC 6266).
  EXPECT_EQ(header(zip, "Content-Disposition"),
            "attachment; filename=\"Plakaty-Departament-obrazovaniia-A4.zip\"; filename*=UTF-8''" +
                http::percent_encode("Плакаты-Департамент-образования-A4.zip"));
  EXPECT_EQ(header(zip, "X-Nok-Organisations"), "1");
  EXPECT_EQ(entries(zip.body), std::vector<std::string>{"Школа-1-school-плакат-A4.pdf"});  // not the library, not the clinic

  auto labels = get("/official/posters.zip?region=77&format=labels", education.cookie);
  ASSERT_EQ(labels.status, 200);
  EXPECT_EQ(entries(labels.body), std::vector<std::string>{"Школа-1-school-наклейки.pdf"});
  EXPECT_NE(header(labels, "Content-Disposition").find(http::percent_encode("Наклейки-Москва.zip")), std::string::npos)
      << header(labels, "Content-Disposition");
}

TEST_F(OfficialPosters, OtherAuthoritiesAndOtherRolesAre404) {
  EXPECT_EQ(get("/official/posters.zip?authority=" + std::to_string(health_id), education.cookie).status, 404);
  EXPECT_EQ(get("/official/posters.zip?authority=abc", education.cookie).status, 404);
  auto staff = signed_in(account("ivanova", "org_staff", "school"));
  EXPECT_EQ(get("/official/posters.zip?region=77", staff.cookie).status, 404);
  EXPECT_EQ(get("/official/posters", staff.cookie).status, 404);
  EXPECT_EQ(get("/official/posters.zip?region=77").status, 303);  // to the sign-in page
}

TEST_F(OfficialPosters, TheMonitorChoosesARegionOrAnAuthority) {
  auto none = get("/official/posters.zip?format=a4", monitor.cookie);
  EXPECT_EQ(none.status, 400);
  EXPECT_TRUE(contains(none, "Выберите регион"));
  auto region = get("/official/posters.zip?region=50&format=ticket", monitor.cookie);
  ASSERT_EQ(region.status, 200);
  EXPECT_EQ(entries(region.body), std::vector<std::string>{"Поликлиника-2-clinic-талон-58-мм.pdf"});
  auto authority = get("/official/posters.zip?authority=" + std::to_string(health_id), monitor.cookie);
  ASSERT_EQ(authority.status, 200);
  EXPECT_EQ(entries(authority.body), std::vector<std::string>{"Поликлиника-2-clinic-плакат-A4.pdf"});
}

TEST_F(OfficialPosters, BadParametersAndEmptyScopesSayWhyInRussian) {
  auto format = get("/official/posters.zip?region=77&format=pdf", monitor.cookie);
  EXPECT_EQ(format.status, 400);
  EXPECT_TRUE(contains(format, "формат «pdf» не поддерживается"));
  auto region = get("/official/posters.zip?region=00", monitor.cookie);
  EXPECT_EQ(region.status, 400);
  EXPECT_TRUE(contains(region, "Региона с кодом «00» нет в справочнике"));
  EXPECT_EQ(get("/official/posters.zip?region=7a", monitor.cookie).status, 400);
  auto empty = get("/official/posters.zip?region=50", education.cookie);  // the authority has none there
  EXPECT_EQ(empty.status, 409);
  EXPECT_TRUE(contains(empty, "QR-коды пока не активны"));
}

TEST_F(OfficialPosters, ThePageOffersTheScopeAndLoadsTheProgressScript) {
  auto page = get("/official/posters", education.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "все регионы органа"));
  EXPECT_TRUE(contains(page, "Департамент образования"));
  EXPECT_TRUE(contains(page, "aria-live=\"polite\""));
  EXPECT_TRUE(contains(page, "/static/posters_zip.js"));
  auto for_monitor = get("/official/posters", monitor.cookie);
  EXPECT_FALSE(contains(for_monitor, "все регионы органа"));  // the monitor must pick a region
  EXPECT_EQ(get("/static/posters_zip.js").status, 200);
  EXPECT_TRUE(contains(get("/official", education.cookie), "/official/posters"));
}

}  // namespace
}  // namespace nok
