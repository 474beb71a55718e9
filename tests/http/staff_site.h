#pragma once
#include <gtest/gtest.h>
#include <sodium.h>

#include <regex>

#include "app/staff/accounts.h"
#include "core/id.h"
#include "core/time.h"
#include "support/http_client.h"
#include "support/smtp_sink.h"
#include "store/sql/open_stores.h"
#include "support/assessed_organisations.h"
#include "support/test_server.h"
#include "support/test_store.h"
#include "web/site.h"

namespace nok::test {

// A whole questionnaire of the core sphere as a form posts it, every filter respected.
inline constexpr const char* kAnswers =
    "stand_used=0&site_used=0&comfort_ok=1&disabled=0&contact_polite=1&staff_polite=1&remote_used=0"
    "&recommend=1&conditions_ok=1&overall_ok=1";

// The site with its staff workspaces over a real store: two organisations of two
// authorities, both assessed this year, the first surveyed by an engaged operator; mail
// goes to a real SMTP sink. Passwords are hashed at libsodium's minimum cost (fast tests).
class StaffSite : public testing::Test {
 protected:
  struct Browser {
    std::string cookie;  // "nok_session=…"
    std::string csrf;
    std::int64_t user_id = 0;
  };

  void SetUp() override {
    ASSERT_TRUE(sink.running()) << "python3-aiosmtpd is not installed";
    stores = sql::open_stores(store.url(), 2);
    add_two_assessed_organisations(*store);
    auto c = stores->pool().acquire();
    c->run("INSERT INTO operators (id, name, inn, created_at) VALUES (7, 'ООО «Опрос»', '7707083893', '2026-01-01')");
    c->run("UPDATE cycles SET operator_id = 7 WHERE authority_id = (SELECT id FROM authorities WHERE name = $1)",
           {std::string_view("Департамент образования")});
    policy.password_ops = crypto_pwhash_OPSLIMIT_MIN;
    policy.password_memory = crypto_pwhash_MEMLIMIT_MIN;
    mailer = make_mailer({.smtp_url = sink.url(), .from = "nok@example.ru"});
    hashing.emplace(policy.hash_threads, policy.hash_queue);
    staff_context.emplace(web::staff_context(stores->ports(), policy));
    staff_context->hashing = &*hashing;
    // The staff workspaces write through stores of their own, as another process would; on
    // SQLite no notification travels between them, so their changes drop the site's caches here.
    stores->main->cache_events().subscribe([this](sql::Stale) { store->cache_events().drop_everything(); });
    context.emplace(web::SiteContext{*store, mailer.get(), key, "http://nok.test", false, &*staff_context});
    context->editions = std::make_shared<EditionCatalog>(&stores->editions);
    router = web::build_site(*context);
    server = std::make_unique<TestServer>(router);
  }

  StaffAccounts accounts() { return StaffAccounts(stores->staff, nullptr, key, policy, "http://nok.test"); }

  // An account with a password, created the way `nok user add --password-stdin` does.
  std::int64_t account(const std::string& login, const std::string& role, const std::string& org = "",
                       const std::string& authority = "", const std::string& survey_operator = "") {
    auto link = accounts().create({login, role, org, authority, survey_operator, ""}, 0);
    EXPECT_TRUE(link) << link.error().message;
    EXPECT_TRUE(accounts().set_password_directly(link->user_id, kPassword));
    return link->user_id;
  }

  // A session opened directly in the store (sign-in itself is tested through the form).
  Browser signed_in(std::int64_t user_id) {
    Browser b{"", random_token(24), user_id};
    const std::string token = random_token(32);
    store->create_session({key.hash("session:" + token), 0, user_id, b.csrf, "2999-01-01T00:00:00Z"});
    b.cookie = "nok_session=" + token;
    return b;
  }

  // A signed-in citizen's session cookie.
  std::string citizen_session() {
    const std::string token = random_token(32);
    store->create_session({key.hash("session:" + token), store->upsert_citizen("citizen:" + token, ""), 0,
                           random_token(24), "2999-01-01T00:00:00Z"});
    return "nok_session=" + token;
  }

  HttpResult get(const std::string& target, const std::string& cookies = "") {
    return http_request(server->port(), "GET", target, cookies.empty() ? "" : "Cookie: " + cookies + "\r\n");
  }
  HttpResult post(const std::string& target, const std::string& form, const std::string& cookies = "") {
    return http_request(server->port(), "POST", target, cookies.empty() ? "" : "Cookie: " + cookies + "\r\n", form);
  }
  // A form posted by a signed-in browser with its CSRF token.
  HttpResult post(const Browser& b, const std::string& target, const std::string& form = "") {
    return post(target, "csrf=" + b.csrf + (form.empty() ? "" : "&" + form), b.cookie);
  }

  // A file posted as a form's "file" field (multipart/form-data) with the form token `csrf`.
  HttpResult post_file(const std::string& target, const std::string& file, const std::string& csrf,
                       const std::string& cookies) {
    const std::string boundary = "nokboundary42";
    const std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf +
                             "\r\n--" + boundary +
                             "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"batch\"\r\n"
                             "Content-Type: application/octet-stream\r\n\r\n" +
                             file + "\r\n--" + boundary + "--\r\n";
    return http_request(server->port(), "POST", target, "Cookie: " + cookies + "\r\n", body,
                        "multipart/form-data; boundary=" + boundary);
  }

  static std::string header(const HttpResult& r, const std::string& name) {
    std::smatch m;
    std::regex_search(r.headers, m, std::regex(name + ": ([^\r\n]*)"));
    return m.size() > 1 ? m[1].str() : "";
  }
  static std::string cookie_value(const HttpResult& r, const std::string& name) {
    std::smatch m;
    std::regex_search(r.headers, m, std::regex("Set-Cookie: " + name + "=([^;\r\n]*)"));
    return m.size() > 1 ? m[1].str() : "";
  }
  static std::string input_value(const std::string& html, const std::string& name) {
    std::smatch m;
    std::regex_search(html, m, std::regex("name=\"" + name + "\" value=\"([^\"]*)\""));
    return m.size() > 1 ? m[1].str() : "";
  }
  static bool contains(const HttpResult& r, const std::string& text) { return r.body.find(text) != std::string::npos; }
  // application/x-www-form-urlencoded value.
  static std::string encode(std::string_view value) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : value) {
      if (std::isalnum(c) || c == '-' || c == '.' || c == '_') out += static_cast<char>(c);
      else out += {'%', hex[c >> 4], hex[c & 15]};
    }
    return out;
  }

  static constexpr const char* kPassword = "верный пароль 2026";

  SmtpSink sink;
  TestStore store;
  std::unique_ptr<sql::SqlStores> stores;
  SecretKey key = SecretKey::generate();
  StaffPolicy policy;
  std::unique_ptr<Mailer> mailer;
  std::optional<web::StaffContext> staff_context;
  std::optional<PasswordHashing> hashing;  // after what its checks use (the policy too), before the site
  std::optional<web::SiteContext> context;
  http::Router router;
  std::unique_ptr<TestServer> server;
};

}  // namespace nok::test
