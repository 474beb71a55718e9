// Every redirect that takes its target from the request — the accessibility switch, citizen
// sign-in by code and through the identity provider, staff sign-in, and the sign-in pages the
// guards send visitors to — tried with every hostile value: each Location stays on this site
// and carries no header of the sender's making.
#include "http/full_site.h"
#include "http/hostile_input.h"

namespace nok {
namespace {

using test::expect_safe;
using test::hostile_values;
using test::local_path;
using test::shown;

class Redirects : public test::FullSite {
 protected:
  // The one-time code mailed to `contact`, the newest of `messages` so far.
  std::string code_mailed_to(const std::string& contact, std::size_t messages) {
    for (const auto& mail : sink.messages(messages)) {
      std::smatch code;
      if (mail.find("To: " + contact) != std::string::npos && std::regex_search(mail, code, std::regex("\\b\\d{6}\\b")))
        return code.str();
    }
    ADD_FAILURE() << "no code for " << contact;
    return "";
  }
};

TEST_F(Redirects, TheAccessibilitySwitchGoesBackOnlyWithinTheSite) {
  for (const auto& value : hostile_values())
    for (const char* mode : {"on=1", "off=1"}) {
      SCOPED_TRACE(shown(value));
      auto r = get("/a11y?" + std::string(mode) + "&back=" + http::percent_encode(value));
      EXPECT_EQ(r.status, 303);
      expect_safe(r);
    }
  EXPECT_EQ(header(get("/a11y?on=1&back=/%09/evil.example"), "Location"), "/");
  EXPECT_EQ(header(get("/a11y?on=1&back=%2Fsearch%3Fq%3D%25D1%2588"), "Location"), "/search?q=%D1%88");
}

TEST_F(Redirects, CitizenSignInReturnsOnlyWithinTheSite) {
  std::size_t sent = 0;
  for (const auto& value : hostile_values()) {
    SCOPED_TRACE(shown(value));
    const auto next = http::percent_encode(value);
    auto shown_form = get("/login?next=" + next);
    EXPECT_TRUE(local_path(input_value(shown_form.body, "next"))) << input_value(shown_form.body, "next");
    const auto [csrf, cookie] = public_form("/login");
    const std::string contact = "citizen" + std::to_string(sent) + "@example.ru";
    auto code_sent = post("/login", "csrf=" + csrf + "&next=" + next + "&contact=" + encode(contact), cookie);
    ASSERT_EQ(code_sent.status, 303) << code_sent.body;
    expect_safe(code_sent);
    auto asked = test::follow(server->port(), code_sent, cookie);
    ASSERT_EQ(asked.status, 200) << asked.body;
    expect_safe(asked);
    EXPECT_TRUE(local_path(input_value(asked.body, "next")));
    const auto code = code_mailed_to(contact, ++sent);
    auto done = post("/login/code", "csrf=" + csrf + "&next=" + next + "&contact=" + encode(contact) + "&code=" + code,
                     cookie);
    EXPECT_EQ(done.status, 303) << done.body;
    expect_safe(done);
    EXPECT_FALSE(cookie_value(done, "nok_session").empty());
  }
}

TEST_F(Redirects, SignInThroughTheProviderReturnsOnlyWithinTheSite) {
  for (const auto& value : hostile_values())
    for (const std::string mode : {"", "deny"}) {
      SCOPED_TRACE(shown(value) + " " + mode);
      oidc.authorize_url = oidc.issuer + "/authorize" + (mode.empty() ? "" : "?mode=" + mode);
      auto start = get("/login/oidc?next=" + http::percent_encode(value));
      ASSERT_EQ(start.status, 302);
      expect_safe(start, oidc.issuer + "/authorize?");
      auto approved = test::http_request(provider.port(), "GET", provider_target(header(start, "Location")));
      ASSERT_EQ(approved.status, 302) << approved.body;
      auto back = get(provider_target(header(approved, "Location")), "nok_oidc=" + cookie_value(start, "nok_oidc"));
      expect_safe(back);
      if (mode.empty()) {
        EXPECT_EQ(back.status, 303) << back.body;
      } else {  // refused: the page links back to sign-in by code, with the same place to return to
        std::smatch link;
        ASSERT_TRUE(std::regex_search(back.body, link, std::regex("href=\"(/login\\?next=[^\"]*)\"")));
        EXPECT_TRUE(local_path(test::query_field(link[1].str(), "next"))) << link[1].str();
      }
    }
}

TEST_F(Redirects, StaffSignInReturnsOnlyWithinTheSite) {
  account("ivanova", "org_staff", "school");
  for (const auto& value : hostile_values()) {
    SCOPED_TRACE(shown(value));
    const auto next = http::percent_encode(value);
    auto shown_form = get("/staff/login?next=" + next);
    EXPECT_TRUE(local_path(input_value(shown_form.body, "next"))) << input_value(shown_form.body, "next");
    const auto [csrf, cookie] = public_form("/staff/login");
    auto done = post("/staff/login", "csrf=" + csrf + "&next=" + next + "&login=ivanova&password=" + encode(kPassword),
                     cookie);
    EXPECT_EQ(done.status, 303) << done.body;
    expect_safe(done);
  }
}

// Every staff page sends visitors to the staff sign-in and back afterwards; the way back is
// made from the request's own path and query, hostile or not.
TEST_F(Redirects, StaffPagesSendVisitorsToSignInWithALocalWayBack) {
  int pages = 0;
  for (const auto& route : router.routes()) {
    const std::string& pattern = route.pattern;
    const bool staff = pattern == "/staff" || pattern == "/staff/totp" || pattern == "/cabinet" ||
                       pattern.starts_with("/cabinet/") || pattern.starts_with("/cycles") ||
                       pattern.starts_with("/operator") || pattern.starts_with("/official") ||
                       pattern.starts_with("/admin/") || pattern.starts_with("/moderation");
    if (route.method != "GET" || !staff) continue;
    ++pages;
    for (const auto& value : hostile_values()) {
      SCOPED_TRACE(pattern + " " + shown(value));
      std::string in_path, plain;
      for (const auto& segment : route.segments) {
        const bool param = segment.starts_with("{");
        in_path += "/" + (param ? http::percent_encode(value) : segment);
        plain += "/" + (param ? std::string("school") : segment);
      }
      // The path is decoded before routing, so a value with a '/' makes other segments: no
      // such page (404), which is as safe.
      auto r = get(in_path);
      EXPECT_TRUE(r.status == 303 || r.status == 404) << r.status;
      expect_safe(r);
      r = get(plain + "?x=" + http::percent_encode(value));
      EXPECT_EQ(r.status, 303);
      EXPECT_TRUE(header(r, "Location").starts_with("/staff/login?next=%2F")) << header(r, "Location");
      expect_safe(r);
    }
  }
  EXPECT_GT(pages, 20);
  auto r = get("/cycles/7?done=1&q=%D1%88");
  EXPECT_EQ(test::query_field(header(r, "Location"), "next"), "/cycles/7?done=1&q=%D1%88");  // the query comes back
}

TEST_F(Redirects, CitizenPagesSendVisitorsToSignInWithALocalWayBack) {
  for (const auto& value : hostile_values()) {
    SCOPED_TRACE(shown(value));
    const auto encoded = http::percent_encode(value);
    auto appeal = get("/me/appeals/" + encoded);
    EXPECT_TRUE(appeal.status == 303 || appeal.status == 404) << appeal.status;  // a '/' in it: no such page
    expect_safe(appeal);
    for (const auto& url : {"/me?x=" + encoded, "/o/school/survey?x=" + encoded,
                            "/o/school/rate?x=" + encoded, "/o/school/opinion?x=" + encoded,
                            "/o/school/measures?x=" + encoded, "/o/school/review?x=" + encoded,
                            "/o/school/appeal?x=" + encoded}) {
      auto r = get(url);
      EXPECT_EQ(r.status, 303) << url;
      EXPECT_TRUE(header(r, "Location").starts_with("/login?next=%2F")) << header(r, "Location");
      expect_safe(r);
    }
  }
}

}  // namespace
}  // namespace nok
