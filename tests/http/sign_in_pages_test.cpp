// Citizen sign-in through the site, with real SMTP delivery to a local sink.
#include <gtest/gtest.h>

#include <regex>

#include "http/error_page.h"
#include "support/http_client.h"
#include "support/smtp_sink.h"
#include "support/test_server.h"
#include "support/test_store.h"
#include "web/site.h"

namespace nok {
namespace {

class SignInPages : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(sink.running()) << "python3-aiosmtpd is not installed";
    mailer = make_mailer({.smtp_url = sink.url(), .from = "nok@example.ru"});
    context.emplace(web::SiteContext{*store, mailer.get(), key});
    router = web::build_site(*context);
    server = std::make_unique<test::TestServer>(router);
  }

  // Sends a request with the given cookies (and, for POST, a form body).
  test::HttpResult send(const std::string& method, const std::string& target, const std::string& cookies,
                        const std::string& form = "") {
    return test::http_request(server->port(), method, target, cookies.empty() ? "" : "Cookie: " + cookies + "\r\n",
                              form);
  }

  test::SmtpSink sink;
  test::TestStore store;
  SecretKey key = SecretKey::generate();
  std::unique_ptr<Mailer> mailer;
  std::optional<web::SiteContext> context;
  http::Router router;
  std::unique_ptr<test::TestServer> server;
};

TEST_F(SignInPages, EmailThenCodeSignsInAndReturnsToTheOrganisation) {
  auto form = send("GET", "/login?next=/o/abc", "");
  ASSERT_EQ(form.status, 200);
  const auto form_cookie = test::set_cookie_value(form.headers, "nok_form");
  const auto csrf = test::input_value(form.body, "csrf");
  ASSERT_FALSE(csrf.empty());
  ASSERT_EQ(form_cookie, csrf);

  // The form answers with a redirect to the code's page (a refresh there sends nothing) and
  // carries the contact to it sealed in a cookie, never in the URL.
  auto sent = send("POST", "/login", "nok_form=" + csrf, "csrf=" + csrf + "&next=%2Fo%2Fabc&contact=Petrov%40Example.ru");
  ASSERT_EQ(sent.status, 303) << sent.body;
  EXPECT_EQ(test::header_value(sent.headers, "Location"), "/login/code");
  const auto asked = test::set_cookie_value(sent.headers, "nok_code");
  ASSERT_FALSE(asked.empty());
  EXPECT_EQ(asked.find("petrov"), std::string::npos);
  for (int refresh = 0; refresh < 2; ++refresh) {
    auto code_page = send("GET", "/login/code", "nok_form=" + csrf + "; nok_code=" + asked);
    ASSERT_EQ(code_page.status, 200) << code_page.body;
    EXPECT_NE(code_page.body.find("petrov@example.ru"), std::string::npos);
    EXPECT_EQ(test::input_value(code_page.body, "next"), "/o/abc");
  }
  auto mail = sink.messages();
  ASSERT_EQ(mail.size(), 1u) << "the page shown twice, the code sent once";
  std::smatch code;
  ASSERT_TRUE(std::regex_search(mail[0], code, std::regex("\\b\\d{6}\\b")));

  auto wrong = send("POST", "/login/code", "nok_form=" + csrf,
                    "csrf=" + csrf + "&next=%2Fo%2Fabc&contact=petrov%40example.ru&code=000000x");
  EXPECT_EQ(wrong.status, 400);
  test::expect_error_page(wrong.body);
  EXPECT_NE(wrong.body.find("<a href=\"#code\">Неверный код"), std::string::npos);
  EXPECT_NE(wrong.body.find("<title>Ошибка: Вход — "), std::string::npos);

  auto done = send("POST", "/login/code", "nok_form=" + csrf,
                   "csrf=" + csrf + "&next=%2Fo%2Fabc&contact=petrov%40example.ru&code=" + code.str());
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(test::header_value(done.headers, "Location"), "/o/abc");
  const auto session = test::set_cookie_value(done.headers, "nok_session");
  ASSERT_FALSE(session.empty());
  EXPECT_NE(done.headers.find("HttpOnly"), std::string::npos);
  EXPECT_NE(done.headers.find("SameSite=Lax"), std::string::npos);
  EXPECT_NE(done.headers.find("nok_code=;"), std::string::npos) << "the pending contact is forgotten";
}

TEST_F(SignInPages, TheCodesPageWithoutItsCookieAsksForTheAddressAgain) {
  for (const std::string cookies : {"", "nok_code=bm90LXNlYWxlZA=="}) {
    auto page = send("GET", "/login/code", cookies);
    EXPECT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Код больше не действует"), std::string::npos) << page.body;
    EXPECT_NE(page.body.find("name=\"contact\""), std::string::npos);
    EXPECT_EQ(page.body.find("name=\"code\""), std::string::npos);
  }
  EXPECT_TRUE(sink.messages(0).empty());
}

TEST_F(SignInPages, FormsWithoutTheRightTokenAreRefusedAndNothingIsSent) {
  auto missing = send("POST", "/login", "", "contact=a%40example.ru");
  EXPECT_EQ(missing.status, 403);
  auto forged = send("POST", "/login", "nok_form=aaaaaaaaaaaaaaaaaaaa", "csrf=bbbbbbbbbbbbbbbbbbbb&contact=a%40example.ru");
  EXPECT_EQ(forged.status, 403);
  EXPECT_TRUE(sink.messages(0).empty());
}

TEST_F(SignInPages, ABadAddressIsExplainedOnTheSamePage) {
  auto form = send("GET", "/login", "");
  const auto csrf = test::input_value(form.body, "csrf");
  auto r = send("POST", "/login", "nok_form=" + csrf, "csrf=" + csrf + "&contact=%3Cscript%3E");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("role=\"alert\""), std::string::npos);
  test::expect_error_page(r.body);
  EXPECT_NE(r.body.find("<a href=\"#contact\">Укажите адрес электронной почты"), std::string::npos);
  EXPECT_NE(r.body.find("aria-describedby=\"contact-error\""), std::string::npos);
  EXPECT_NE(r.body.find("value=\"&lt;script&gt;\""), std::string::npos);
  EXPECT_EQ(r.body.find("<script>"), std::string::npos);
}

TEST_F(SignInPages, NextCannotRedirectToAnotherSite) {
  auto form = send("GET", "/login?next=//evil.example/", "");
  EXPECT_EQ(test::input_value(form.body, "next"), "/");
}

}  // namespace
}  // namespace nok
