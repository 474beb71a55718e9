#pragma once
// The whole site at once — staff workspaces, citizen sign-in by mail and through an identity
// provider — for the tests that walk every route (redirects, headers).
#include "app/auth/oidc_config.h"
#include "http/staff_site.h"
#include "support/local_server.h"

namespace nok::test {

class FullSite : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    ASSERT_TRUE(provider.running()) << "python3 is missing";
    const std::string base = "http://127.0.0.1:" + std::to_string(provider.port());
    oidc = {.issuer = base, .authorize_url = base + "/authorize", .token_url = base + "/token",
            .client_id = "nok-test", .name = "Госуслуги", .redirect_uri = "http://nok.test/login/oidc/callback"};
    context->oidc = &oidc;
    restart();
  }

  // Serves the site again after a change to its context or `metrics`.
  void restart() {
    server.reset();
    router = web::build_site(*context, metrics);
    server = std::make_unique<TestServer>(router);
  }

  // A URL of the provider or of this site as a target to request: "http://127.0.0.1:1234/a?b" → "/a?b".
  static std::string provider_target(const std::string& url) { return url.substr(url.find('/', url.find("//") + 2)); }

  // A citizen's browser session cookie ("nok_session=…"), opened directly in the store.
  std::string citizen_cookie() {
    const std::string token = random_token(32);
    const auto citizen = store->upsert_citizen("citizen:" + token, key.seal("citizen@example.ru"));
    store->create_session({key.hash("session:" + token), citizen, 0, random_token(24), "2999-01-01T00:00:00Z"});
    return "nok_session=" + token;
  }

  // The CSRF token and cookie of a form for people not signed in yet.
  std::pair<std::string, std::string> public_form(const std::string& target) {
    auto form = get(target);
    EXPECT_EQ(form.status, 200);
    return {input_value(form.body, "csrf"), "nok_form=" + cookie_value(form, "nok_form")};
  }

  LocalServer provider{{"/usr/bin/python3", support_script("fake_oidc_provider.py"), "{port}"}};
  OidcConfig oidc;
  web::MetricsAccess metrics;
};

}  // namespace nok::test
