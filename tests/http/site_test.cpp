// The public site and API over HTTP, on a real store.
#include <gtest/gtest.h>

#include "support/organisations.h"
#include "http/public_site.h"
#include "support/http_client.h"

namespace nok {
namespace {

class Site : public test::PublicSite {
 protected:
  void SetUp() override {
    auto o = test::test_organisation("sch42", "Школа № 42 <script>alert(1)</script>", Sphere::education, "");
    o.full_name = "Муниципальное бюджетное общеобразовательное учреждение «Школа № 42 <script>alert(1)</script>»";
    o.address = "г. Москва, ул. Мира, д. 1";
    o.website = "javascript:alert(1)";
    (void)store->upsert_organisations({o});
    serve();
  }

  test::HttpResult get(const std::string& target) { return test::http_get(server->port(), target); }
};

TEST_F(Site, OrganisationPageShowsTheOrganisationWithEverythingEscaped) {
  auto r = get("/o/sch42");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<html lang=\"ru\">"), std::string::npos);
  EXPECT_NE(r.body.find("Школа № 42 &lt;script&gt;"), std::string::npos);
  EXPECT_EQ(r.body.find("<script>"), std::string::npos);
  EXPECT_EQ(r.body.find("javascript:"), std::string::npos);  // only http(s) sites become links
  EXPECT_NE(r.body.find("г. Москва, ул. Мира, д. 1"), std::string::npos);
}

TEST_F(Site, TwoSitesInOneProcessShowEachItsOwnOrganisationPage) {
  ASSERT_NE(get("/o/sch42").body.find("Школа № 42"), std::string::npos);  // kept by this site now
  test::TestStore other_store;
  (void)other_store->upsert_organisations({test::test_organisation("sch42", "Гимназия № 7", Sphere::education, "")});
  web::SiteContext other{*other_store, nullptr, key};
  const auto other_router = web::build_site(other);
  test::TestServer other_server(other_router);
  const auto page = test::http_get(other_server.port(), "/o/sch42").body;
  EXPECT_NE(page.find("Гимназия № 7"), std::string::npos);
  EXPECT_EQ(page.find("Школа № 42"), std::string::npos);
}

TEST_F(Site, UnknownOrganisationIsAFriendly404) {
  auto r = get("/o/unknown");
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.body.find("Организация не найдена"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/search\""), std::string::npos);
}

TEST_F(Site, UnknownPageIsAFriendly404) {
  auto r = get("/no/such/page");
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.body.find("Страница не найдена"), std::string::npos);
}

TEST_F(Site, SearchFindsByRussianTextRegionAndSphere) {
  auto r = get("/search?q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0&region=77&sphere=education");  // q=школа
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("href=\"/o/sch42\""), std::string::npos);
  EXPECT_NE(r.body.find("Найдено: 1 организация"), std::string::npos);
}

TEST_F(Site, SearchWithSqlMetacharactersFindsNothingAndBreaksNothing) {
  auto r = get("/search?q=%27%3B+DROP+TABLE+organisations%3B--");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("Ничего не найдено"), std::string::npos);
  EXPECT_EQ(store->count_organisations(), 1);
}

TEST_F(Site, SearchRejectsUnknownFiltersAndOverlongQueries) {
  EXPECT_EQ(get("/search?region=99").status, 400);
  EXPECT_EQ(get("/search?sphere=sport").status, 400);
  EXPECT_EQ(get("/search?q=" + std::string(201, 'a')).status, 400);
}

TEST_F(Site, StaticFilesAreServedAndTraversalIsNot) {
  auto css = get("/static/site.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_NE(css.headers.find("text/css"), std::string::npos);
  EXPECT_EQ(get("/static/../../etc/passwd").status, 404);
  EXPECT_EQ(get("/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd").status, 404);
  EXPECT_EQ(get("/static/layout.mustache").status, 404);
}

TEST_F(Site, PagesStaySmall) {
  for (const char* target : {"/", "/o/sch42", "/search?q=x"}) {
    auto r = get(target);
    EXPECT_LT(r.body.size(), 30u * 1024) << target;
  }
  EXPECT_LT(get("/static/site.css").body.size(), 10u * 1024);  // every page's, the large print's settings included
}

TEST_F(Site, AccessibleVersionIsACookieSwitchThatOnlyRedirectsWithinTheSite) {
  auto on = get("/a11y?on=1&back=/o/sch42");
  EXPECT_EQ(on.status, 303);
  EXPECT_NE(on.headers.find("Location: /o/sch42"), std::string::npos);
  EXPECT_NE(on.headers.find("a11y=2wny"), std::string::npos);
  auto evil = get("/a11y?on=1&back=//evil.example/");
  EXPECT_NE(evil.headers.find("Location: /\r\n"), std::string::npos);
}

TEST_F(Site, TheAccessibleVersionSwitchReturnsToTheSamePageWithItsQuery) {
  auto r = get("/search?q=%D1%88%D0%BA");
  EXPECT_NE(r.body.find("back=%2Fsearch%3Fq%3D%25D1%2588%25D0%25BA"), std::string::npos);
}

TEST_F(Site, ApiReturnsOrganisationsAndMachineReadableErrors) {
  auto one = get("/api/v1/organisations/sch42");
  EXPECT_EQ(one.status, 200);
  EXPECT_NE(one.body.find("\"code\":\"sch42\""), std::string::npos);
  auto list = get("/api/v1/organisations?region=77");
  EXPECT_NE(list.body.find("\"total\":1"), std::string::npos);
  auto missing = get("/api/v1/organisations/nope");
  EXPECT_EQ(missing.status, 404);
  EXPECT_NE(missing.body.find("\"code\":\"organisation_not_found\""), std::string::npos);
  EXPECT_EQ(get("/api/v1/organisations?limit=1000").status, 400);
  EXPECT_EQ(get("/api/v1/nothing").status, 404);
}

TEST_F(Site, HealthAndMetrics) {
  EXPECT_EQ(get("/healthz").status, 200);
  (void)get("/o/sch42");
  auto metrics = get("/metrics");
  EXPECT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.body.find("nok_http_requests_total{route=\"/o/{code}\",status=\"200\"}"), std::string::npos);
  EXPECT_NE(metrics.body.find("nok_store_seconds_bucket{op=\"find_organisation\""), std::string::npos);
}

}  // namespace
}  // namespace nok
