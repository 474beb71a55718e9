// Citizen sign-in by SMS through the site and the JSON API, with a real HTTP gateway stand-in
// behind the outbox, as `nok serve` wires it.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <regex>

#include "app/feedback/answers.h"
#include "app/outbox/outbox.h"
#include "core/time.h"
#include "store/sql/sql_outbox_store.h"
#include "store/sql/sql_store.h"
#include "support/http_client.h"
#include "support/http_sink.h"
#include "support/organisations.h"
#include "support/test_server.h"
#include "support/test_store.h"
#include "web/site.h"
#include "support/feedback_waits.h"

namespace nok {
namespace {

namespace json = boost::json;

std::string code_in(const test::RecordedRequest& sms) {
  std::smatch code;
  std::regex_search(sms.body, code, std::regex("\\b\\d{6}\\b"));
  return code.str();
}

class SmsSignIn : public testing::Test {
 protected:
  void start(const std::string& gateway_url) {
    sms = make_sms_sender({.url = gateway_url + "/send?to={phone}", .token = "gateway-token"});
    outbox = std::make_unique<Outbox>(outbox_store, key, nullptr, sms.get());
    context.emplace(web::SiteContext{*store, nullptr, key});
    context->sms = outbox->sms();
    router = web::build_site(*context);
    server = std::make_unique<test::TestServer>(router);
  }
  void SetUp() override {
    ASSERT_TRUE(gateway.running()) << "python3 is missing";
    start(gateway.url());
  }

  test::HttpResult form_post(const std::string& target, const std::string& csrf, const std::string& form) {
    return test::http_request(server->port(), "POST", target, "Cookie: nok_form=" + csrf + "\r\n",
                              "csrf=" + csrf + "&" + form);
  }
  test::HttpResult api_post(const std::string& target, const std::string& body) {
    return test::http_request(server->port(), "POST", target, "", body, "application/json");
  }
  std::string csrf() { return test::input_value(test::http_get(server->port(), "/login").body, "csrf"); }
  // Codes stored for the number (the store offers no count: how many codes a number gets
  // is the limiter's business).
  std::int64_t codes_stored_for(const std::string& phone) {
    const std::string login = key.hash("phone:" + phone);
    std::int64_t n = 0;
    sql->pool().acquire()->run("SELECT COUNT(*) AS n FROM login_codes WHERE login_hash = $1", {std::string_view(login)},
                               [&](const sql::Row& r) { n = r.i64("n"); });
    return n;
  }

  test::HttpSink gateway;
  test::TestStore store;
  std::unique_ptr<sql::SqlStore> sql = sql::open_sql_store(store.url(), 2);
  sql::SqlOutboxStore outbox_store{sql->pool()};
  SecretKey key = SecretKey::generate();
  std::unique_ptr<SmsSender> sms;
  std::unique_ptr<Outbox> outbox;
  std::optional<web::SiteContext> context;
  http::Router router;
  std::unique_ptr<test::TestServer> server;
};

TEST_F(SmsSignIn, APhoneNumberOnThePageGetsACodeBySmsAndSignsIn) {
  auto page = test::http_get(server->port(), "/login");
  EXPECT_NE(page.body.find("номер мобильного телефона"), std::string::npos);
  const auto token = csrf();

  auto code_page = test::follow(server->port(), form_post("/login", token, "next=%2Fo%2Fabc&contact=8+%28900%29+123-45-67"),
                                "nok_form=" + token);
  ASSERT_EQ(code_page.status, 200) << code_page.body;
  EXPECT_NE(code_page.body.find("Код из SMS (6 цифр)"), std::string::npos);
  EXPECT_EQ(test::input_value(code_page.body, "contact"), "+79001234567");

  auto sent = gateway.requests();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].method, "POST");
  EXPECT_EQ(sent[0].target, "/send?to=%2B79001234567");
  EXPECT_EQ(sent[0].headers["authorization"], "Bearer gateway-token");
  EXPECT_EQ(sent[0].headers["content-type"], "application/json");
  const auto message = json::parse(sent[0].body).as_object();
  EXPECT_EQ(message.at("phone").as_string(), "+79001234567");
  const auto code = code_in(sent[0]);
  ASSERT_EQ(code.size(), 6u);

  auto done = form_post("/login/code", token, "next=%2Fo%2Fabc&contact=%2B79001234567&code=" + code);
  EXPECT_EQ(done.status, 303);
  EXPECT_NE(done.headers.find("Location: /o/abc"), std::string::npos);
  EXPECT_NE(done.headers.find("nok_session="), std::string::npos);
}

TEST_F(SmsSignIn, TheAnswerToAnAppealReachesACitizenWhoSignedInByPhone) {
  (void)store->upsert_organisations({test::test_organisation("lib1", "Библиотека № 1", Sphere::culture, "", "77")});
  const auto citizen = store->upsert_citizen(key.hash("phone:+79001234567"), key.seal("+79001234567"));
  const auto appeal = submit_appeal(*store, {{"lib1", citizen, ""}, "Часы работы", "Откройтесь в субботу", "2099-01-01"}).id;
  auto answered = answer_appeal(*store, {nullptr, key, "http://nok.test", outbox->sms()}, "lib1", appeal, "Открыты с марта");
  ASSERT_TRUE(answered.errors.empty());
  EXPECT_TRUE(answered.notified);
  const auto sent = gateway.requests();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].target, "/send?to=%2B79001234567");
  EXPECT_NE(sent[0].body.find("http://nok.test/me/appeals/" + std::to_string(appeal)), std::string::npos);
}

TEST_F(SmsSignIn, TheAppSignsInWithAPhoneThroughTheApi) {
  ASSERT_EQ(api_post("/api/v1/auth/code", R"({"phone":"+7 900 765-43-21"})").status, 202);
  const auto code = code_in(gateway.requests().back());
  auto wrong = api_post("/api/v1/auth/session", R"({"phone":"+79007654321","code":"000000"})");
  EXPECT_EQ(wrong.status, 401);
  auto session = api_post("/api/v1/auth/session", R"({"phone":"89007654321","code":")" + code + "\"}");
  ASSERT_EQ(session.status, 201) << session.body;
  EXPECT_FALSE(json::parse(session.body).at("token").as_string().empty());
}

TEST_F(SmsSignIn, ForeignNumbersAreRefusedInRussianAndNothingIsSent) {
  auto r = form_post("/login", csrf(), "contact=%2B44+20+7946+0958");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("российские мобильные номера"), std::string::npos);
  auto api = api_post("/api/v1/auth/code", R"({"phone":"+380441234567"})");
  EXPECT_EQ(api.status, 400);
  EXPECT_NE(api.body.find("bad_phone"), std::string::npos);
  EXPECT_TRUE(gateway.requests(0).empty());
}

// A gateway that fails no longer turns the person away: the code is queued, the page asks
// for it as usual (with its «Не пришёл код?» link), and the newest code goes out once the
// gateway answers, while it is still valid.
TEST_F(SmsSignIn, AFailingGatewayLeavesTheNewestCodeToTheRetriesAndItStillSignsIn) {
  test::HttpSink broken(503);
  ASSERT_TRUE(broken.running());
  start(broken.url());
  const auto token = csrf();
  auto page = test::follow(server->port(), form_post("/login", token, "contact=%2B79001112233"), "nok_form=" + token);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Код из SMS (6 цифр)"), std::string::npos);
  EXPECT_EQ(broken.requests(1).size(), 1u) << "the first attempt is made at once";
  start("http://127.0.0.1:1");  // unreachable now
  EXPECT_EQ(api_post("/api/v1/auth/code", R"({"phone":"+79001112233"})").status, 202);
  EXPECT_EQ(codes_stored_for("+79001112233"), 2);
  ASSERT_EQ(outbox_store.messages("pending", 10).size(), 1u) << "the newer code replaced the older one";
  EXPECT_EQ(outbox_store.messages("superseded", 10).size(), 1u);
  EXPECT_TRUE(gateway.requests(0).empty());

  // The gateway answers again by the time the retry is due.
  const auto working = make_sms_sender({.url = gateway.url() + "/send?to={phone}"});
  Outbox recovered(outbox_store, key, nullptr, working.get(), {},
                   [] { return std::chrono::system_clock::now() + std::chrono::seconds(31); });
  EXPECT_EQ(recovered.send_due(10).sent, 1);
  const auto sent = gateway.requests(1);
  ASSERT_EQ(sent.size(), 1u);
  auto session = api_post("/api/v1/auth/session", R"({"phone":"+79001112233","code":")" + code_in(sent[0]) + "\"}");
  EXPECT_EQ(session.status, 201) << session.body;
}

// The outbox takes every code, so a code on its way counts towards the number's three for
// the window even while the gateway fails: a failing gateway is no way round the limit.
TEST_F(SmsSignIn, CodesLeftToTheRetriesCountTowardsTheNumbersLimit) {
  test::HttpSink broken(503);
  ASSERT_TRUE(broken.running());
  start(broken.url());
  for (int i = 0; i < 3; ++i) EXPECT_EQ(api_post("/api/v1/auth/code", R"({"phone":"+79001112233"})").status, 202) << i;
  const auto fourth = api_post("/api/v1/auth/code", R"({"phone":"+79001112233"})");
  EXPECT_EQ(fourth.status, 429);
  EXPECT_NE(fourth.body.find("too_many_codes"), std::string::npos);
  EXPECT_EQ(broken.requests(3).size(), 3u) << "the fourth was not even tried";
  EXPECT_EQ(codes_stored_for("+79001112233"), 3);
}

TEST_F(SmsSignIn, WithoutAGatewayThePageAsksForAnAddressOnly) {
  sms.reset();
  context.emplace(web::SiteContext{*store, nullptr, key});
  router = web::build_site(*context);
  server = std::make_unique<test::TestServer>(router);
  auto page = test::http_get(server->port(), "/login");
  EXPECT_EQ(page.body.find("номер мобильного телефона"), std::string::npos);
  auto r = form_post("/login", csrf(), "contact=%2B79001234567");
  EXPECT_EQ(r.status, 503);
  EXPECT_NE(r.body.find("Вход по SMS на этом сайте не настроен"), std::string::npos);
}

}  // namespace
}  // namespace nok
