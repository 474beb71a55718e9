// The download routes over a running server: every format decodes to the organisation's
// URL, and that URL, followed through the same server, opens the organisation's page.
#include <gtest/gtest.h>

#include "core/time.h"
#include "support/http_client.h"
#include "support/test_server.h"
#include "support/test_store.h"
#include "unit/print_scan.h"
#include "web/site.h"

namespace nok {
namespace {

constexpr const char* kBase = "https://nok.example.ru";

class PrintRoutes : public testing::Test {
 protected:
  void SetUp() override {
    Organisation assessed, idle;
    assessed.code = "sch1";
    assessed.inn = idle.inn = "7707083893";
    assessed.full_name = assessed.short_name = "Школа № 1 <b>";
    assessed.region_code = idle.region_code = "77";
    assessed.sphere = Sphere::education;
    assessed.authority = idle.authority = "Департамент образования";
    idle.code = "lib2";
    idle.full_name = idle.short_name = "Библиотека № 2";
    idle.sphere = Sphere::culture;
    (void)store->upsert_organisations({assessed, idle});
    store->include_in_cycle(store->open_cycle("Департамент образования", current_year(), "344n-2019"), {{"sch1", 100}});
    router = web::build_site(context);
    server = std::make_unique<test::TestServer>(router);
  }

  test::HttpResult get(const std::string& target) { return test::http_get(server->port(), target); }

  // Decodes the single QR code of a response, checks its URL and follows it to the page.
  void expect_leads_to_the_organisation(const test::Gray& image, const std::string& expected_url) {
    const auto found = test::scan_qr(image);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, expected_url);
    ASSERT_TRUE(found[0].text.starts_with(kBase));
    auto page = get(found[0].text.substr(std::string(kBase).size()));
    EXPECT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Школа № 1 &lt;b&gt;"), std::string::npos);
  }

  test::TestStore store;
  SecretKey key = SecretKey::generate();
  web::SiteContext context{*store, nullptr, key, kBase};
  http::Router router;
  std::unique_ptr<test::TestServer> server;
};

TEST_F(PrintRoutes, EveryFormatDecodesToTheOrganisationPage) {
  const std::string url = std::string(kBase) + "/o/sch1";
  auto svg = get("/o/sch1/qr.svg");
  EXPECT_EQ(svg.status, 200);
  EXPECT_NE(svg.headers.find("image/svg+xml"), std::string::npos);
  expect_leads_to_the_organisation(test::rasterise_svg(svg.body, 400), url);

  auto png = get("/o/sch1/qr.png?dpi=600&size=35");
  EXPECT_EQ(png.status, 200);
  EXPECT_NE(png.headers.find("image/png"), std::string::npos);
  expect_leads_to_the_organisation(test::decode_png(png.body), url);

  for (const char* target :
       {"/o/sch1/qr.pdf", "/o/sch1/poster.pdf?format=a3&distance=1,5", "/o/sch1/poster.pdf?place=reception",
        "/o/sch1/labels.pdf?size=40", "/o/sch1/ticket.pdf?width=80"}) {
    auto pdf = get(target);
    EXPECT_EQ(pdf.status, 200) << target << pdf.body;
    EXPECT_NE(pdf.headers.find("application/pdf"), std::string::npos) << target;
    const auto found = test::scan_every_qr(test::rasterise_pdf(pdf.body, 100));
    ASSERT_FALSE(found.empty()) << target;
    for (const auto& qr : found) EXPECT_EQ(qr.text, url) << target;
  }
  expect_leads_to_the_organisation(test::decode_png(get("/o/sch1/poster.png?dpi=72").body), url);
  expect_leads_to_the_organisation(test::decode_png(get("/o/sch1/website-block.png").body), url);
}

TEST_F(PrintRoutes, PlacementTravelsInsideTheQr) {
  auto png = get("/o/sch1/qr.png?p=9001");
  ASSERT_EQ(png.status, 200);
  expect_leads_to_the_organisation(test::decode_png(png.body), std::string(kBase) + "/o/sch1?p=9001");
}

TEST_F(PrintRoutes, IdleScreenHasTextAboveQrAndALinkBelow) {
  auto r = get("/o/sch1/screen");
  ASSERT_EQ(r.status, 200);
  const auto text =
      r.body.find("Чтобы оценить условия предоставления услуг используйте QR-код или перейдите по ссылке ниже.");
  const auto svg = r.body.find("<svg"), svg_end = r.body.find("</svg>");
  const auto link = r.body.find("<a class=\"link\" href=\"https://nok.example.ru/o/sch1\">");
  ASSERT_NE(text, std::string::npos);
  ASSERT_NE(svg, std::string::npos);
  ASSERT_NE(link, std::string::npos);
  EXPECT_LT(text, svg);
  EXPECT_LT(svg, link);
  EXPECT_EQ(r.body.find("<script"), std::string::npos);
  EXPECT_NE(r.body.find("<link rel=\"stylesheet\" href=\"/static/screen.css\">"), std::string::npos);
  EXPECT_NE(get("/static/screen.css").body.find("vmin"), std::string::npos);  // scales with the screen
  EXPECT_NE(r.body.find("Школа № 1 &lt;b&gt;"), std::string::npos);
  expect_leads_to_the_organisation(test::rasterise_svg(r.body.substr(svg, svg_end + 6 - svg), 400),
                                   std::string(kBase) + "/o/sch1");
}

TEST_F(PrintRoutes, WebsiteBlockOffersEscapedSnippetAndPreview) {
  auto r = get("/o/sch1/website-block?p=12");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<img src=\"https://nok.example.ru/o/sch1/qr.png?size=50&amp;dpi=150&amp;p=12\""),
            std::string::npos);
  EXPECT_NE(r.body.find("&lt;img src=&quot;https://nok.example.ru/o/sch1/qr.png"),
            std::string::npos);  // the code to copy
  EXPECT_NE(r.body.find("href=\"/o/sch1/website-block.png?p=12\""), std::string::npos);
  EXPECT_EQ(r.body.find("<b>"), std::string::npos);
}

TEST_F(PrintRoutes, PrintPageListsDownloadsOrSaysTheQrIsInactive) {
  auto active = get("/o/sch1/print");
  EXPECT_EQ(active.status, 200);
  EXPECT_NE(active.body.find("/o/sch1/poster.pdf"), std::string::npos);
  EXPECT_NE(active.body.find("Регистратура, приёмная, справочная — 0,7 м, QR-код 70 мм"), std::string::npos);
  auto inactive = get("/o/lib2/print");
  EXPECT_EQ(inactive.status, 200);
  EXPECT_NE(inactive.body.find("пока не активен"), std::string::npos);
  EXPECT_EQ(inactive.body.find("/o/lib2/poster.pdf"), std::string::npos);
}

TEST_F(PrintRoutes, ErrorsAreFriendlyAndInRussian) {
  auto unknown = get("/o/nope/poster.pdf");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_NE(unknown.body.find("Организация не найдена"), std::string::npos);

  auto inactive = get("/o/lib2/qr.png");
  EXPECT_EQ(inactive.status, 409);
  EXPECT_NE(inactive.body.find("не включена в независимую оценку"), std::string::npos);

  const std::pair<const char*, const char*> bad[] = {
      {"/o/sch1/qr.png?dpi=abc", "параметр «dpi» должен быть числом от 72 до 1200"},
      {"/o/sch1/qr.png?dpi=1200&size=1000", "уменьшите размер или разрешение"},
      {"/o/sch1/qr.png?p=0", "целым положительным числом"},
      {"/o/sch1/poster.pdf?format=a5", "нужен a4 или a3"},
      {"/o/sch1/poster.pdf?distance=2", "не помещается на плакат А4"},
      {"/o/sch1/poster.pdf?distance=50", "от 0,3 до 10 м"},
      {"/o/sch1/poster.pdf?place=roof", "неизвестный тип места"},
      {"/o/sch1/labels.pdf?size=20", "от 32 до 80"},
      {"/o/sch1/ticket.pdf?width=100", "58 или 80"},
  };
  for (const auto& [target, message] : bad) {
    auto r = get(target);
    EXPECT_EQ(r.status, 400) << target;
    EXPECT_NE(r.body.find(message), std::string::npos) << target << "\n" << r.body;
  }
}

}  // namespace
}  // namespace nok
