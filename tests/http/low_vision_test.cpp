// The version for the visually impaired over HTTP: its settings are a form without
// JavaScript whose choices the switch keeps in a cookie and carries to every page, and the
// switch sends the visitor back only to a page of this site.
#include <gtest/gtest.h>

#include "http/public_site.h"
#include "support/http_client.h"
#include "support/organisations.h"

namespace nok {
namespace {

class LowVisionPages : public test::PublicSite {
 protected:
  void SetUp() override {
    (void)store->upsert_organisations({test::test_organisation("sch42", "Школа № 42", Sphere::education, "")});
    serve();
  }

  test::HttpResult get(const std::string& target, const std::string& a11y = "") {
    return test::http_request(server->port(), "GET", target, a11y.empty() ? "" : "Cookie: a11y=" + a11y + "\r\n");
  }
};

TEST_F(LowVisionPages, TheSettingsFormSetsTheCookieAndGoesBackToThePage) {
  auto form = get("/a11y/settings?back=%2Fo%2Fsch42", "1bny");
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("<form method=\"get\" action=\"/a11y\">"), std::string::npos);
  EXPECT_NE(form.body.find("<input type=\"hidden\" name=\"back\" value=\"/o/sch42\">"), std::string::npos);
  EXPECT_EQ(form.body.find("<script"), std::string::npos);
  // The current settings are the checked ones.
  EXPECT_NE(form.body.find("name=\"size\" value=\"1\" id=\"size\" checked"), std::string::npos);
  EXPECT_NE(form.body.find("name=\"scheme\" value=\"black\" id=\"scheme-black\" checked"), std::string::npos);
  EXPECT_NE(form.body.find("name=\"spacing\" value=\"normal\" id=\"spacing\" checked"), std::string::npos);
  EXPECT_NE(form.body.find("name=\"images\" value=\"on\" id=\"images\" checked"), std::string::npos);

  auto applied = get("/a11y?back=%2Fo%2Fsch42&size=3&scheme=blue&spacing=wide&images=off", "1bny");
  EXPECT_EQ(applied.status, 303);
  EXPECT_EQ(test::header_value(applied.headers, "Location"), "/o/sch42");
  EXPECT_EQ(test::set_cookie_value(applied.headers, "a11y"), "3lwn");
  EXPECT_NE(applied.headers.find("Max-Age=31536000"), std::string::npos);  // remembered for a year
}

TEST_F(LowVisionPages, EveryPageCarriesTheSettingsAndTheWayToThem) {
  for (const char* target : {"/", "/o/sch42", "/search?q=x", "/login", "/no-such-page"}) {
    SCOPED_TRACE(target);
    auto page = get(target, "3lwn");
    EXPECT_NE(page.body.find("<body class=\"a11y size-3 scheme-blue spacing-wide no-images\">"), std::string::npos);
    EXPECT_NE(page.body.find("<a href=\"/a11y/settings?back="), std::string::npos);
    EXPECT_NE(page.body.find("<a href=\"/a11y?off=1&amp;back="), std::string::npos);
    auto normal = get(target);
    EXPECT_NE(normal.body.find("<body>"), std::string::npos);
    EXPECT_NE(normal.body.find("<a href=\"/a11y?on=1&amp;back="), std::string::npos);
  }
}

TEST_F(LowVisionPages, TheOrganisationPageOfTheNormalVersionIsNotServedToTheOther) {
  ASSERT_EQ(get("/o/sch42").status, 200);  // now kept rendered for a second
  auto large = get("/o/sch42", "2bny");
  EXPECT_NE(large.body.find("<body class=\"a11y size-2 scheme-black\">"), std::string::npos);
  EXPECT_NE(get("/o/sch42").body.find("<body>"), std::string::npos);
}

TEST_F(LowVisionPages, TheSwitchGoesBackOnlyWithinTheSite) {
  for (const char* back : {"//evil.example/", "https://evil.example/", "/%5Cevil.example", ""}) {
    auto r = get("/a11y?size=2&back=" + std::string(back));
    EXPECT_EQ(r.status, 303);
    EXPECT_EQ(test::header_value(r.headers, "Location"), "/") << back;
  }
  auto off = get("/a11y?off=1&back=%2Fo%2Fsch42", "3lwn");
  EXPECT_EQ(test::header_value(off.headers, "Location"), "/o/sch42");
  EXPECT_EQ(test::set_cookie_value(off.headers, "a11y"), "0");
}

}  // namespace
}  // namespace nok
