// The citizen app's JSON API, with real SMTP delivery of the sign-in code.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <regex>
#include <set>

#include "core/time.h"
#include "support/organisations.h"
#include "support/http_client.h"
#include "support/smtp_sink.h"
#include "support/test_server.h"
#include "support/test_store.h"
#include "web/site.h"

namespace nok {
namespace {

namespace json = boost::json;

class CitizenApi : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(sink.running());
    auto o = test::test_organisation("lib7", "Библиотека № 7", Sphere::culture, "Министерство культуры", "50");
    (void)store->upsert_organisations({o});
    store->include_in_cycle(store->open_cycle(o.authority, current_year(), "344n-2019"), {{"lib7", 50}});
    mailer = make_mailer({.smtp_url = sink.url()});
    context.emplace(web::SiteContext{*store, mailer.get(), key});
    router = web::build_site(*context);
    server = std::make_unique<test::TestServer>(router);
  }

  test::HttpResult post(const std::string& target, const std::string& body, const std::string& token = "") {
    return test::http_request(server->port(), "POST", target,
                              token.empty() ? "" : "Authorization: Bearer " + token + "\r\n", body, "application/json");
  }

  std::string sign_in() {
    EXPECT_EQ(post("/api/v1/auth/code", R"({"email":"app@example.ru"})").status, 202);
    std::smatch code;
    auto mail = sink.messages();
    std::regex_search(mail.back(), code, std::regex("\\b\\d{6}\\b"));
    auto session = post("/api/v1/auth/session", R"({"email":"app@example.ru","code":")" + code.str() + "\"}");
    EXPECT_EQ(session.status, 201);
    return std::string(json::parse(session.body).at("token").as_string());
  }

  test::SmtpSink sink;
  test::TestStore store;
  SecretKey key = SecretKey::generate();
  std::unique_ptr<Mailer> mailer;
  std::optional<web::SiteContext> context;
  http::Router router;
  std::unique_ptr<test::TestServer> server;
};

constexpr const char* kAnswers =
    R"({"idempotency_key":"app-1","answers":{"stand_used":1,"stand_ok":true,"site_used":0,"comfort_ok":1,)"
    R"("disabled":0,"contact_polite":1,"staff_polite":1,"remote_used":0,"recommend":1,"conditions_ok":1,)"
    R"("overall_ok":1},"suggestions":"Больше книг","age":67})";

TEST_F(CitizenApi, SignInSubmitAndReadTheScores) {
  const auto token = sign_in();
  auto created = post("/api/v1/organisations/lib7/responses", kAnswers, token);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(json::parse(created.body).at("counted").as_bool(), true);
  auto repeated = post("/api/v1/organisations/lib7/responses", kAnswers, token);
  EXPECT_EQ(repeated.status, 200);
  EXPECT_EQ(json::parse(repeated.body).at("repeated").as_bool(), true);

  auto scores = test::http_get(server->port(), "/api/v1/organisations/lib7/scores");
  ASSERT_EQ(scores.status, 200);
  auto s = json::parse(scores.body).as_object();
  EXPECT_EQ(s.at("respondents").as_int64(), 1);
  EXPECT_DOUBLE_EQ(s.at("indicators").at("5.3").as_double(), 100.0);
  EXPECT_NE(scores.body.find(R"("5.3":100.0)"), std::string::npos) << scores.body;  // a plain decimal, not 1E2
  EXPECT_TRUE(s.at("indicators").at("1.1").is_null());  // no inspection yet
  EXPECT_FALSE(s.at("indicators").as_object().contains("2.2"));  // culture has no waiting time
}

TEST_F(CitizenApi, SubmissionsNeedAValidToken) {
  EXPECT_EQ(post("/api/v1/organisations/lib7/responses", kAnswers).status, 401);
  EXPECT_EQ(post("/api/v1/organisations/lib7/responses", kAnswers, "forged").status, 401);
}

TEST_F(CitizenApi, BadAnswersListEveryProblemWithItsField) {
  const auto token = sign_in();
  auto r = post("/api/v1/organisations/lib7/responses",
                R"({"idempotency_key":"k","answers":{"site_used":0,"site_ok":1,"overall_ok":7,"mood":1}})", token);
  EXPECT_EQ(r.status, 422);
  auto error = json::parse(r.body).at("error").as_object();
  std::set<std::string> fields;
  for (const auto& d : error.at("details").as_array()) fields.insert(std::string(d.at("field").as_string()));
  EXPECT_TRUE(fields.contains("overall_ok"));
  EXPECT_TRUE(fields.contains("mood"));
  EXPECT_EQ(post("/api/v1/organisations/lib7/responses", "not json", token).status, 400);
  EXPECT_EQ(post("/api/v1/organisations/lib7/responses", R"({"answers":{}})", token).status, 400);
  auto long_key = post("/api/v1/organisations/lib7/responses",
                       R"({"idempotency_key":")" + std::string(65, 'k') + R"(","answers":{"overall_ok":1}})", token);
  EXPECT_EQ(long_key.status, 400);
  EXPECT_EQ(json::parse(long_key.body).at("error").at("code").as_string(), "bad_idempotency_key");
}

TEST_F(CitizenApi, CodeErrorsAreMachineReadable) {
  auto bad = post("/api/v1/auth/code", R"({"email":"nope"})");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(json::parse(bad.body).at("error").at("code").as_string(), "bad_email");
  auto wrong = post("/api/v1/auth/session", R"({"email":"a@example.ru","code":"123456"})");
  EXPECT_EQ(wrong.status, 401);
}

}  // namespace
}  // namespace nok
