#pragma once
// A running site over a real store for the feedback tests: an organisation in this year's
// cycle (lib1), one outside it (old1), and two signed-in citizens (alice, bob) with
// browser sessions and app tokens.
#include <gtest/gtest.h>

#include <memory>

#include "core/crypto.h"
#include "core/id.h"
#include "core/time.h"
#include "http/message.h"
#include "support/organisations.h"
#include "support/http_client.h"
#include "support/test_server.h"
#include "support/test_store.h"
#include "web/site.h"

namespace nok::test {

class FeedbackSite : public testing::Test {
 protected:
  void SetUp() override { start(nullptr); }

  void start(Mailer* mailer) {
    auto o = test_organisation("lib1", "Библиотека № 1", Sphere::culture, "Департамент культуры");
    Organisation outside = o;
    outside.code = "old1";
    outside.full_name = outside.short_name = "Музей № 2";
    (void)store->upsert_organisations({o, outside});
    cycle = store->open_cycle(o.authority, current_year(), "344n-2019");
    store->include_in_cycle(cycle, {{"lib1", 10}});
    alice = store->upsert_citizen("alice", key.seal("alice@example.ru"));
    bob = store->upsert_citizen("bob", key.seal("bob@example.ru"));
    for (auto [who, token] : {std::pair{alice, alice_token}, std::pair{bob, bob_token}})
      store->create_session({key.hash("session:" + token), who, 0, csrf, "2999-01-01T00:00:00Z"});
    context = std::make_unique<web::SiteContext>(web::SiteContext{*store, mailer, key, "https://nok.example.ru"});
    router = web::build_site(*context);
    server = std::make_unique<TestServer>(router);
  }

  // A browser request with the citizen's session cookie (none for an empty token).
  HttpResult send(const std::string& method, const std::string& target, const std::string& form = "",
                  const std::string& token = "") {
    return http_request(server->port(), method, target, token.empty() ? "" : "Cookie: nok_session=" + token + "\r\n",
                        form);
  }
  HttpResult as_alice(const std::string& method, const std::string& target, const std::string& form = "") {
    return send(method, target, form, alice_token);
  }

  // A form posted as the citizen of `token` and, when it answers with a redirect (a stored
  // form: Post/Redirect/Get), the page the redirect leads to; else the answer itself.
  HttpResult post_and_follow(const std::string& target, const std::string& form, const std::string& token) {
    auto posted = send("POST", target, form, token);
    if (posted.status != 303) return posted;
    return send("GET", header_value(posted.headers, "Location"), "", token);
  }
  HttpResult alice_posts(const std::string& target, const std::string& form) {
    return post_and_follow(target, form, alice_token);
  }

  // A form body with the session's CSRF token: {{"text", "Отзыв"}} → "csrf=…&text=%D0%9E…".
  std::string form(std::vector<std::pair<std::string, std::string>> fields) const {
    std::string body = "csrf=" + csrf;
    for (const auto& [k, v] : fields) body += "&" + k + "=" + http::percent_encode(v);
    return body;
  }

  // A published plan of lib1 with one item, as an approved plan stands in the database.
  void publish_plan() {
    auto c = store.connect();
    c->run("INSERT INTO plans (id, organisation_id, cycle_id, state, published_at, created_at) "
           "SELECT 1, id, $1, 'approved', '2026-01-02T00:00:00Z', '2026-01-01T00:00:00Z' FROM organisations "
           "WHERE code = 'lib1'",
           {cycle});
    c->run("INSERT INTO plan_items (id, plan_id, criterion, deficiency, measure, planned_date, responsible_name, "
           "responsible_position) VALUES (1, 1, 3, 'Нет пандуса', 'Установить пандус', '2099-05-01', 'Иванов И. И.', "
           "'директор')");
  }

  // A JSON API request with a bearer token (none for an empty token).
  HttpResult api(const std::string& method, const std::string& target, const std::string& json = "",
                 const std::string& token = "") {
    return http_request(server->port(), method, target, token.empty() ? "" : "Authorization: Bearer " + token + "\r\n",
                        json, "application/json");
  }

  TestStore store;
  SecretKey key = SecretKey::generate();
  std::string alice_token = random_token(32), bob_token = random_token(32), csrf = random_token(24);
  std::int64_t cycle = 0, alice = 0, bob = 0;
  std::unique_ptr<web::SiteContext> context;
  http::Router router;
  std::unique_ptr<TestServer> server;
};

}  // namespace nok::test
