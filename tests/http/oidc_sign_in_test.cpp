// Citizen sign-in through an OpenID Connect provider, driven over HTTP against a real local
// fake provider (tests/support/fake_oidc_provider.py) that enforces PKCE and one-time codes.
#include <gtest/gtest.h>

#include <regex>

#include "core/time.h"
#include "support/http_client.h"
#include "support/local_server.h"
#include "support/test_server.h"
#include "support/test_store.h"
#include "web/site.h"

namespace nok {
namespace {

// "http://127.0.0.1:1234/a?b" → "/a?b".
std::string target_of(const std::string& url) { return url.substr(url.find('/', url.find("//") + 2)); }

struct Callback {
  std::string target;       // /login/oidc/callback?code=…&state=…
  std::string flow_cookie;  // nok_oidc=…
};

class OidcSignIn : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(provider.running()) << "python3 is missing";
    const std::string base = "http://127.0.0.1:" + std::to_string(provider.port());
    config = {.issuer = base, .authorize_url = base + "/authorize", .token_url = base + "/token",
              .client_id = "nok-test", .name = "Госуслуги", .redirect_uri = "http://nok.example/login/oidc/callback"};
    context.emplace(web::SiteContext{*store, nullptr, key});
    context->oidc = &config;
    router = web::build_site(*context);
    server = std::make_unique<test::TestServer>(router);
  }

  test::HttpResult get(const std::string& target, const std::string& cookies = "") {
    return test::http_request(server->port(), "GET", target, cookies.empty() ? "" : "Cookie: " + cookies + "\r\n");
  }

  // Starts at /login/oidc, lets the provider approve (bent by `mode`), and returns where
  // the provider sent the browser back to, with the flow cookie.
  Callback through_provider(const std::string& next = "/o/abc", const std::string& mode = "") {
    config.authorize_url = config.issuer + "/authorize" + (mode.empty() ? "" : "?mode=" + mode);
    auto start = get("/login/oidc?next=" + next);
    EXPECT_EQ(start.status, 302);
    const auto authorize = test::header_value(start.headers, "Location");
    EXPECT_TRUE(authorize.starts_with(config.issuer + "/authorize?")) << authorize;
    EXPECT_NE(authorize.find("code_challenge_method=S256"), std::string::npos);
    EXPECT_NE(start.headers.find("HttpOnly"), std::string::npos);
    auto approved = test::http_request(provider.port(), "GET", target_of(authorize));
    EXPECT_EQ(approved.status, 302) << approved.body;
    return {target_of(test::header_value(approved.headers, "Location")), "nok_oidc=" + test::set_cookie_value(start.headers, "nok_oidc")};
  }

  std::int64_t citizen_of(const test::HttpResult& signed_in) {
    auto session = store->find_session(key.hash("session:" + test::set_cookie_value(signed_in.headers, "nok_session")),
                                       iso_utc_now());
    return session ? session->citizen_id : 0;
  }

  void expect_refused(const test::HttpResult& r, const std::string& words, int status = 400) {
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_NE(r.body.find(words), std::string::npos) << r.body;
    EXPECT_NE(r.body.find("href=\"/login?next="), std::string::npos);  // back to code sign-in
    EXPECT_TRUE(test::set_cookie_value(r.headers, "nok_session").empty());
  }

  test::LocalServer provider{{"/usr/bin/python3", test::support_script("fake_oidc_provider.py"), "{port}"}};
  test::TestStore store;
  SecretKey key = SecretKey::generate();
  OidcConfig config;
  std::optional<web::SiteContext> context;
  http::Router router;
  std::unique_ptr<test::TestServer> server;
};

TEST_F(OidcSignIn, TheProviderSignsTheCitizenInAndTheyReturnToWhereTheyWere) {
  EXPECT_NE(get("/login").body.find("Войти через Госуслуги"), std::string::npos);
  auto back = through_provider();
  auto done = get(back.target, back.flow_cookie);
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(test::header_value(done.headers, "Location"), "/o/abc");
  EXPECT_NE(done.headers.find("Set-Cookie: nok_oidc=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"), std::string::npos);
  const auto citizen = citizen_of(done);
  ASSERT_NE(citizen, 0);
  EXPECT_TRUE(store->citizen_contact(citizen).empty());  // no personal data kept

  auto again = through_provider();
  EXPECT_EQ(citizen_of(get(again.target, again.flow_cookie)), citizen);  // the same person next time
}

TEST_F(OidcSignIn, WithoutAProviderThereIsNoButtonAndNoRoute) {
  context->oidc = nullptr;
  router = web::build_site(*context);
  server = std::make_unique<test::TestServer>(router);
  EXPECT_EQ(get("/login").body.find("Войти через"), std::string::npos);
  EXPECT_EQ(get("/login/oidc").status, 404);
}

TEST_F(OidcSignIn, ATamperedStateOrFlowCookieIsRefused) {
  auto back = through_provider();
  expect_refused(get(std::regex_replace(back.target, std::regex("state=[^&]*"), "state=forged"), back.flow_cookie),
                 "Начните вход заново");
  expect_refused(get(back.target, back.flow_cookie.substr(0, back.flow_cookie.size() - 4) + "AAAA"),
                 "Начните вход заново");
  expect_refused(get(back.target), "Начните вход заново");
}

TEST_F(OidcSignIn, AReplayedCallbackIsRefused) {
  auto back = through_provider();
  ASSERT_EQ(get(back.target, back.flow_cookie).status, 303);
  expect_refused(get(back.target, back.flow_cookie), "не подтвердил этот вход");
}

TEST_F(OidcSignIn, IdTokensWithTheWrongNonceAudienceOrExpiryAreRefused) {
  for (const char* mode : {"wrong_nonce", "expired", "wrong_audience"}) {
    SCOPED_TRACE(mode);
    auto back = through_provider("/o/abc", mode);
    expect_refused(get(back.target, back.flow_cookie), "неверный ответ");
  }
}

TEST_F(OidcSignIn, TheProvidersRefusalAndItsAbsenceAreExplained) {
  auto denied = through_provider("/o/abc", "deny");
  expect_refused(get(denied.target, denied.flow_cookie), "не подтвердил вход");
  // The way back offers to sign in by code for the same page.
  EXPECT_NE(get(denied.target, denied.flow_cookie).body.find("/login?next=%2Fo%2Fabc"), std::string::npos);

  auto back = through_provider();
  config.token_url = "http://127.0.0.1:1/token";
  expect_refused(get(back.target, back.flow_cookie), "не ответил", 502);
}

TEST_F(OidcSignIn, AForeignNextEndsOnTheHomePage) {
  auto back = through_provider("//evil.example/");
  auto done = get(back.target, back.flow_cookie);
  ASSERT_EQ(done.status, 303);
  EXPECT_EQ(test::header_value(done.headers, "Location"), "/");
}

}  // namespace
}  // namespace nok
