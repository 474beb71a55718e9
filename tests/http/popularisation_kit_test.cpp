// The popularisation kit over HTTP: the A5 leaflet, the hall monitor's loop of slides and an
// authority's banners and web block with the public list of its organisations they lead to.
#include "http/staff_site.h"
#include "support/organisations.h"

namespace nok {
namespace {

using test::HttpResult;

class PopularisationKit : public test::StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    // Listed by the school's authority, not assessed this year: its QR code is not active.
    (void)store->upsert_organisations(
        {test::staff_test_organisation("library", "Библиотека № 3 <b>", "77", "Департамент образования")});
    education_id = stores->staff.find_authority("Департамент образования")->id;
  }

  HttpResult get_json(const std::string& target) {
    return test::http_request(server->port(), "GET", target, "Accept: application/json\r\n");
  }

  // A PNG's size from its IHDR chunk.
  static std::pair<int, int> png_size(const std::string& png) {
    auto u32 = [&](std::size_t at) {
      return int(std::uint8_t(png[at])) << 24 | int(std::uint8_t(png[at + 1])) << 16 |
             int(std::uint8_t(png[at + 2])) << 8 | int(std::uint8_t(png[at + 3]));
    };
    if (png.size() < 24 || png.compare(1, 3, "PNG") != 0) return {0, 0};
    return {u32(16), u32(20)};
  }

  std::string authority(const std::string& rest) { return "/authorities/" + std::to_string(education_id) + rest; }

  std::int64_t education_id = 0;
};

TEST_F(PopularisationKit, LeafletIsAPdfNamedInWordsWithThePlacementInItsQr) {
  auto leaflet = get("/o/school/leaflet.pdf?p=12");
  ASSERT_EQ(leaflet.status, 200) << leaflet.body.substr(0, 300);
  EXPECT_EQ(header(leaflet, "Content-Type"), "application/pdf");
  EXPECT_TRUE(leaflet.body.starts_with("%PDF-"));
  EXPECT_NE(header(leaflet, "Content-Disposition").find("-listovka-A5.pdf\""), std::string::npos)
      << header(leaflet, "Content-Disposition");
  EXPECT_NE(header(leaflet, "Content-Disposition").find(http::percent_encode("листовка-A5.pdf")), std::string::npos);
  EXPECT_NE(leaflet.body.find("/TrimBox"), std::string::npos);

  auto unknown = get("/o/nope/leaflet.pdf");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_TRUE(contains(unknown, "Организация не найдена"));
  EXPECT_EQ(get("/o/library/leaflet.pdf").status, 409);  // not assessed this year
  auto bad = get("/o/school/leaflet.pdf?p=0");
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(contains(bad, "целым положительным числом"));
}

TEST_F(PopularisationKit, PrintPageOffersTheLeafletAndTheLoop) {
  auto page = get("/o/school/print");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "href=\"/o/school/leaflet.pdf\""));
  EXPECT_TRUE(contains(page, "href=\"/o/school/screen-loop\""));
}

TEST_F(PopularisationKit, ScreenLoopCyclesSlidesWithoutScripts) {
  auto loop = get("/o/school/screen-loop?p=5");
  ASSERT_EQ(loop.status, 200) << loop.body.substr(0, 300);
  EXPECT_EQ(header(loop, "Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(loop.body.find("<script"), std::string::npos);
  EXPECT_TRUE(contains(loop, "<link rel=\"stylesheet\" href=\"/static/screen_loop.css\">"));
  EXPECT_TRUE(contains(loop, "class=\"slides slides-3\""));  // no published results yet
  EXPECT_TRUE(contains(loop, "<svg"));
  EXPECT_TRUE(contains(loop, "href=\"http://nok.test/o/school?p=5\""));
  EXPECT_TRUE(contains(loop, "наберите адрес nok.test/o/school<"));
  EXPECT_TRUE(contains(loop, "Спасибо"));
  EXPECT_FALSE(contains(loop, "Результаты независимой оценки"));
  const auto css = get("/static/screen_loop.css").body;
  EXPECT_NE(css.find("@keyframes"), std::string::npos);
  EXPECT_NE(css.find("prefers-reduced-motion:reduce"), std::string::npos);

  EXPECT_EQ(get("/o/nope/screen-loop").status, 404);
  EXPECT_EQ(get("/o/library/screen-loop").status, 409);
  EXPECT_EQ(get("/o/school/screen").status, 200);  // the single idle screen stays as it was
}

TEST_F(PopularisationKit, ScreenLoopShowsTheLatestPublishedResults) {
  auto official = signed_in(account("official", "official", "", "Департамент образования"));
  auto survey_operator = signed_in(account("opros", "operator", "", "", "ООО «Опрос»"));
  auto council = signed_in(account("council", "council", "", "Департамент образования"));
  const auto path = "/cycles/" + std::to_string(store->assessment_of("school", current_year())->cycle_id);
  for (auto [who, event] : {std::pair{&survey_operator, "submit_to_council"}, {&council, "approve"},
                            {&official, "publish"}}) {
    const auto page = get(path, who->cookie).body;
    ASSERT_EQ(post(*who, path + "/step",
                   "event=" + std::string(event) + "&version=" + input_value(page, "version") +
                       "&digest=" + input_value(page, "digest"))
                  .status,
              303)
        << event;
    store->cache_events().drop_everything();
  }
  auto loop = get("/o/school/screen-loop");
  ASSERT_EQ(loop.status, 200);
  EXPECT_TRUE(contains(loop, "class=\"slides slides-4\""));
  EXPECT_TRUE(contains(loop, "Результаты независимой оценки " + std::to_string(current_year()) + " года"));
  EXPECT_TRUE(contains(loop, "<span>из 100</span>"));
}

TEST_F(PopularisationKit, BannersComeInTheirSizesAtOneAndTwoTimes) {
  auto banner = get(authority("/banner.png"));
  ASSERT_EQ(banner.status, 200) << banner.body.substr(0, 300);
  EXPECT_EQ(header(banner, "Content-Type"), "image/png");
  EXPECT_EQ(png_size(banner.body), (std::pair{300, 250}));
  EXPECT_EQ(header(banner, "Cache-Control"), "public, max-age=3600");
  EXPECT_NE(header(banner, "Content-Disposition").find(http::percent_encode("Баннер-Департамент-образования-300x250.png")),
            std::string::npos)
      << header(banner, "Content-Disposition");
  EXPECT_EQ(png_size(get(authority("/banner.png?size=728x90&scale=2")).body), (std::pair{1456, 180}));
  EXPECT_EQ(png_size(get(authority("/banner.png?size=240x400")).body), (std::pair{240, 400}));
  EXPECT_EQ(png_size(get(authority("/banner.png?size=1000x120&scale=1")).body), (std::pair{1000, 120}));
}

TEST_F(PopularisationKit, BannerErrorsAreRussianPagesOrJsonWithACode) {
  auto bad_size = get(authority("/banner.png?size=100x100"));
  EXPECT_EQ(bad_size.status, 400);
  EXPECT_TRUE(contains(bad_size, "240x400, 300x250, 728x90 или 1000x120"));
  auto bad_json = get_json(authority("/banner.png?size=100x100"));
  EXPECT_EQ(bad_json.status, 400);
  EXPECT_EQ(header(bad_json, "Content-Type"), "application/json; charset=utf-8");
  EXPECT_TRUE(contains(bad_json, "\"code\":\"bad_size\""));
  EXPECT_TRUE(contains(bad_json, "не поддерживается"));
  EXPECT_EQ(get_json(authority("/banner.png?scale=3")).status, 400);
  EXPECT_EQ(get(authority("/web-block?size=1x1")).status, 400);

  for (const char* target : {"/authorities/999999/banner.png", "/authorities/abc/banner.png",
                             "/authorities/0/web-block", "/authorities/-1/web-block"}) {
    auto unknown = get(target);
    EXPECT_EQ(unknown.status, 404) << target;
    EXPECT_TRUE(contains(unknown, "Уполномоченный орган не найден")) << target;
  }
  auto unknown_json = get_json("/authorities/999999/banner.png");
  EXPECT_EQ(unknown_json.status, 404);
  EXPECT_TRUE(contains(unknown_json, "\"code\":\"authority_not_found\""));
}

TEST_F(PopularisationKit, WebBlockLinksToTheAuthoritysListOfOrganisations) {
  auto block = get(authority("/web-block?size=728x90"));
  ASSERT_EQ(block.status, 200);
  const std::string list = "http://nok.test/search?authority=" + std::to_string(education_id);
  EXPECT_TRUE(contains(block, "<a href=\"" + list + "\""));  // the preview
  EXPECT_TRUE(contains(block, "&lt;a href=&quot;" + list + "&quot;"));  // the code to copy
  EXPECT_TRUE(contains(block, "banner.png?size=728x90&amp;scale=2 2x"));
  EXPECT_TRUE(contains(block, "width=\"728\" height=\"90\""));

  // The list itself: the authority's organisations only, by name, with the search kept to it.
  auto listed = get("/search?authority=" + std::to_string(education_id));
  ASSERT_EQ(listed.status, 200);
  EXPECT_TRUE(contains(listed, "<h1>Организации: Департамент образования</h1>"));
  EXPECT_TRUE(contains(listed, "href=\"/o/school\""));
  EXPECT_TRUE(contains(listed, "Библиотека № 3 &lt;b&gt;"));
  EXPECT_FALSE(contains(listed, "href=\"/o/clinic\""));  // another authority's
  EXPECT_TRUE(contains(listed, "name=\"authority\" value=\"" + std::to_string(education_id) + "\""));
  auto unknown = get("/search?authority=999999");
  EXPECT_EQ(unknown.status, 400);
  EXPECT_TRUE(contains(unknown, "Такого уполномоченного органа нет в реестре."));
}

TEST_F(PopularisationKit, TheOfficialsPostersPageLinksTheKitAndOffersLeaflets) {
  auto official = signed_in(account("official", "official", "", "Департамент образования"));
  auto page = get("/official/posters", official.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "href=\"/authorities/" + std::to_string(education_id) + "/web-block\""));
  EXPECT_TRUE(contains(page, "<option value=\"leaflet\">"));
  auto zip = get("/official/posters.zip?format=leaflet", official.cookie);
  ASSERT_EQ(zip.status, 200);
  EXPECT_NE(header(zip, "Content-Disposition").find(http::percent_encode("Листовки-Департамент-образования-A5.zip")),
            std::string::npos);
  EXPECT_TRUE(contains(zip, "-school-листовка-A5.pdf"));  // an entry's name in its local header
}

}  // namespace
}  // namespace nok
