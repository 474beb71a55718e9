// The headers every answer carries (web/security_headers.h), walked over every route for
// every kind of visitor, and the pages' compliance with the Content-Security-Policy they get.
#include "core/crypto.h"
#include "http/full_site.h"
#include "web/site_style.h"

namespace nok {
namespace {

const std::string kPolicy = "default-src 'self'; img-src 'self' http://nok.test; style-src 'self' " +
                            web::site_style_source() +
                            "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
                            "worker-src 'self'";

// Downloads of public data that keep the cache rule of their own whoever asks.
bool public_file(const std::string& pattern) {
  for (const char* p : {"/static/{file}", "/o/{code}/qr.svg", "/o/{code}/qr.png", "/o/{code}/qr.pdf",
                        "/o/{code}/poster.pdf", "/o/{code}/poster.png", "/o/{code}/labels.pdf", "/o/{code}/ticket.pdf",
                        "/o/{code}/leaflet.pdf",
                        "/o/{code}/website-block.png"})
    if (pattern == p) return true;
  return false;
}

std::size_t count_of(const std::string& headers, const std::string& name) {
  std::size_t n = 0;
  for (auto at = headers.find("\r\n" + name + ":"); at != std::string::npos; at = headers.find("\r\n" + name + ":", at + 1))
    ++n;
  return n;
}

class SecurityHeaders : public test::FullSite {
 protected:
  void SetUp() override {
    FullSite::SetUp();
    browsers = {{"anonymous", ""},
                {"citizen", citizen_cookie()},
                {"admin", signed_in(account("admin1", "admin")).cookie},
                {"org_staff", signed_in(account("ivanova", "org_staff", "school")).cookie}};
  }

  // A real path for the route: the organisation "school", id 1, the stylesheet.
  static std::string path_of(const http::Router::Route& route) {
    std::string path;
    for (const auto& s : route.segments)
      path += "/" + (s == "{code}" ? "school" : s == "{file}" ? "site.css" : s.starts_with("{") ? "1" : s);
    return path.empty() ? "/" : path;
  }

  // Calls `check(pattern, browser, answer)` for every GET route and every browser.
  template <class Check>
  void each_answer(Check check) {
    for (const auto& route : router.routes())
      if (route.method == "GET")
        for (const auto& [who, cookie] : browsers) {
          SCOPED_TRACE(route.pattern + " as " + who);
          auto r = get(path_of(route), cookie);
          ASSERT_NE(r.status, 0);
          check(route.pattern, cookie, r);
        }
  }

  static void expect_hardened(const test::HttpResult& r) {
    EXPECT_EQ(header(r, "Content-Security-Policy"), kPolicy);
    EXPECT_EQ(header(r, "X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(header(r, "X-Frame-Options"), "DENY");
    const auto referrer = header(r, "Referrer-Policy");
    EXPECT_TRUE(referrer == "same-origin" || referrer == "no-referrer") << referrer;
    for (const char* name : {"Content-Security-Policy", "X-Frame-Options", "Referrer-Policy", "Cache-Control"})
      EXPECT_LE(count_of(r.headers, name), 1u) << name;
  }

  std::vector<std::pair<std::string, std::string>> browsers;  // who, cookie
};

TEST_F(SecurityHeaders, EveryAnswerCarriesThePolicyAndRefusesFramingAndSniffing) {
  each_answer([](const std::string&, const std::string&, const test::HttpResult& r) { expect_hardened(r); });
  expect_hardened(get("/no/such/page"));                           // 404
  expect_hardened(post("/o/school", "x=1"));                       // 405
  expect_hardened(get("/search?q=%FF"));                           // 400 before any route
  expect_hardened(get("/api/v1/organisations/none"));              // JSON
}

TEST_F(SecurityHeaders, AnswersThatDependOnWhoAsksAreNeverStored) {
  each_answer([](const std::string& pattern, const std::string& cookie, const test::HttpResult& r) {
    if (cookie.empty() || public_file(pattern)) return;
    EXPECT_NE(header(r, "Cache-Control").find("no-store"), std::string::npos) << header(r, "Cache-Control");
  });
  EXPECT_EQ(header(get("/login"), "Cache-Control"), "no-store");  // sets the form token's cookie
  const auto token = citizen_cookie().substr(std::string("nok_session=").size());
  auto me = test::http_request(server->port(), "GET", "/api/v1/me", "Authorization: Bearer " + token + "\r\n");
  EXPECT_EQ(me.status, 200);
  EXPECT_EQ(header(me, "Cache-Control"), "no-store");
  EXPECT_EQ(header(get("/static/site.css", browsers[1].second), "Cache-Control"), "public, max-age=86400");
  EXPECT_EQ(header(get("/o/school"), "Cache-Control"), "");  // the same for everyone: browsers may keep it
}

// The first tag of `html` with an event handler attribute (` onclick=`, ` ONload =`), or
// "". A scan rather than std::regex: the library's regex recurses once per character and
// overflows the stack on a page with a long tag (an inline image) in the sanitizer build.
std::string tag_with_event_handler(std::string_view html) {
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  for (auto lt = html.find('<'); lt != std::string_view::npos; lt = html.find('<', lt + 1)) {
    const auto tag = html.substr(lt, html.find('>', lt) - lt);
    for (std::size_t i = 0; i + 3 < tag.size(); ++i) {
      if (!space(tag[i]) || (tag[i + 1] | 0x20) != 'o' || (tag[i + 2] | 0x20) != 'n' || !letter(tag[i + 3])) continue;
      auto j = i + 3;
      while (j < tag.size() && letter(tag[j])) ++j;
      while (j < tag.size() && space(tag[j])) ++j;
      if (j < tag.size() && tag[j] == '=') return std::string(tag.substr(0, 120));
    }
  }
  return "";
}

// With default-src 'self' and no 'unsafe-inline', a browser would ignore inline scripts,
// <style> elements but the one the policy names by its hash, style attributes, event handler
// attributes and javascript: links.
TEST_F(SecurityHeaders, PagesHoldNothingThePolicyWouldBlock) {
  int pages = 0;
  each_answer([&pages](const std::string& pattern, const std::string&, const test::HttpResult& r) {
    if (header(r, "Content-Type").find("text/html") == std::string::npos) return;
    ++pages;
    for (std::size_t at = r.body.find("<script"); at != std::string::npos; at = r.body.find("<script", at + 1))
      EXPECT_EQ(r.body.compare(at, 21, "<script src=\"/static/"), 0) << r.body.substr(at, 80);
    for (auto at = r.body.find("<style"); at != std::string::npos; at = r.body.find("<style", at + 1)) {
      ASSERT_EQ(r.body.compare(at, 7, "<style>"), 0) << pattern;
      const auto css = r.body.substr(at + 7, r.body.find("</style>", at) - at - 7);
      EXPECT_EQ(css, web::site_style()) << pattern;
      EXPECT_NE(header(r, "Content-Security-Policy").find("'sha256-" + sha256_base64(css) + "'"), std::string::npos)
          << "the inline stylesheet's hash is not in the policy";
    }
    EXPECT_EQ(r.body.find("javascript:"), std::string::npos);
    EXPECT_EQ(tag_with_event_handler(r.body), "") << pattern;
    // The website block's preview shows the block as it is pasted elsewhere, inline styles
    // and all; here site.css gives it the same look (docs/security.md).
    if (pattern != "/o/{code}/website-block") {
      EXPECT_EQ(r.body.find("style="), std::string::npos);
    }
  });
  EXPECT_GT(pages, 100);
}

TEST_F(SecurityHeaders, MetricsAreForThisMachineByDefault) {
  get("/healthz");  // counted, so that a fresh process has a request to show
  auto r = get("/metrics");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("nok_http_requests_total"), std::string::npos);
  // Through a proxy on this machine the socket's peer is loopback, but the client is not.
  auto proxied = test::http_request(server->port(), "GET", "/metrics", "X-Forwarded-For: 203.0.113.9\r\n");
  EXPECT_EQ(proxied.status, 404);
  EXPECT_EQ(proxied.body.find("nok_http_requests_total"), std::string::npos);
}

TEST_F(SecurityHeaders, MetricsAreRefusedOutsideTheAllowedNetworksWithoutTheToken) {
  metrics.networks = *parse_networks("10.0.0.0/8, fd00::/8");
  metrics.token = "metrics-token-0123456789";
  restart();
  get("/healthz");
  auto refused = get("/metrics");
  EXPECT_EQ(refused.status, 404);
  EXPECT_NE(refused.body.find("Страница не найдена"), std::string::npos);  // as if there were no such page
  EXPECT_EQ(refused.body.find("nok_http_requests_total"), std::string::npos);
  auto wrong = test::http_request(server->port(), "GET", "/metrics", "Authorization: Bearer metrics-token-0\r\n");
  EXPECT_EQ(wrong.status, 404);
  auto with_token =
      test::http_request(server->port(), "GET", "/metrics", "Authorization: Bearer metrics-token-0123456789\r\n");
  EXPECT_EQ(with_token.status, 200);
  EXPECT_NE(with_token.body.find("nok_http_requests_total"), std::string::npos);
}

}  // namespace
}  // namespace nok
