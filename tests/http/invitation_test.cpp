// Invitations after a service over HTTP: the organisation's system posts a person with its
// key, a real SMTP server receives the invitation, and the personal link signs the person in,
// stops every invitation by one click (RFC 8058) and refuses when altered or spent.
#include "app/invitation/invitation_sender.h"
#include "app/keys/organisation_keys.h"
#include "staff_site.h"

namespace nok::test {
namespace {

class InvitationSite : public StaffSite {
 protected:
  std::string issue_key(const std::string& code) {
    auto issued = OrganisationKeys(stores->keys, key)
                      .issue(KeyKind::invitations, *store->find_organisation(code), 0, "Запись к врачу");
    EXPECT_TRUE(issued);
    return issued->secret;
  }
  HttpResult post_json(const std::string& body, const std::string& bearer) {
    return http_request(server->port(), "POST", "/api/v1/invitations",
                        bearer.empty() ? "" : "Authorization: Bearer " + bearer + "\r\n", body, "application/json");
  }
  std::string person(const std::string& org, const std::string& contact) {
    const auto yesterday = iso_utc(std::chrono::system_clock::now() - std::chrono::hours(24)).substr(0, 10);
    return R"({"organisation":")" + org + R"(","contact":")" + contact + R"(","service_date":")" + yesterday +
           R"(","consent_at":"2026-01-10","consent_place":"регистратура","consent_version":"v1"})";
  }
  // Sends what is due a day from now (past the delay and any quiet hours of the region).
  void send_due() {
    InvitationPolicy policy;
    policy.delay = std::chrono::hours(0);
    policy.quiet = {0, 0};
    InvitationSending sending;
    sending.public_url = "http://nok.test";
    InvitationSender(*store, stores->invitations, key, mailer.get(), nullptr, policy, sending,
                     [] { return std::chrono::system_clock::now() + std::chrono::hours(24); })
        .send_due(100);
  }
  static std::string link_token(const std::string& message) {
    const auto at = message.find("http://nok.test/i/");
    const auto start = at + std::string("http://nok.test/i/").size();
    return message.substr(start, message.find_first_of("/\r\n ", start) - start);
  }
};

TEST_F(InvitationSite, TheApiRefusesAMissingOrAnotherOrganisationsKey) {
  auto none = post_json(person("school", "a@example.ru"), "");
  EXPECT_EQ(none.status, 401);
  EXPECT_TRUE(contains(none, "invitation_token_invalid"));
  auto foreign = post_json(person("clinic", "a@example.ru"), issue_key("school"));
  EXPECT_EQ(foreign.status, 403);
  EXPECT_TRUE(contains(foreign, "invitation_wrong_organisation"));
  auto bad = post_json(person("school", "+44 20 7946 0958"), issue_key("school"));
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad, "bad_phone"));
  auto no_consent = post_json(R"({"organisation":"school","contact":"a@example.ru","service_date":"2026-01-01"})",
                              issue_key("school"));
  EXPECT_EQ(no_consent.status, 422);
  EXPECT_TRUE(contains(no_consent, "invitation_no_consent"));
}

TEST_F(InvitationSite, APostedPersonGetsOneMailWhoseLinkSignsThemInUntilTheyStopIt) {
  const auto key_text = issue_key("school");
  auto first = post_json(person("school", "ivan@example.ru"), key_text);
  EXPECT_EQ(first.status, 201) << first.body;
  EXPECT_TRUE(contains(first, "\"invited\":true"));
  auto again = post_json(person("school", "ivan@example.ru"), key_text);
  EXPECT_EQ(again.status, 200);
  EXPECT_TRUE(contains(again, "\"invited\":false"));

  send_due();
  const auto message = sink.messages(1).at(0);
  EXPECT_NE(message.find("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), std::string::npos);
  const auto token = link_token(message);

  auto page = get("/i/" + token);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Перейти к анкете"));
  EXPECT_EQ(post("/i/" + token, "").status, 403);  // no form token: nobody is signed in by a forged form
  const auto form_cookie = "nok_form=" + cookie_value(page, "nok_form");
  auto signed_in = post("/i/" + token, "csrf=" + input_value(page.body, "csrf"), form_cookie);
  ASSERT_EQ(signed_in.status, 303);
  EXPECT_EQ(header(signed_in, "Location"), "/o/school/survey");
  EXPECT_FALSE(cookie_value(signed_in, "nok_session").empty());

  auto altered = token;
  altered.back() = altered.back() == 'a' ? 'b' : 'a';
  EXPECT_EQ(get("/i/" + altered).status, 404);
  EXPECT_EQ(post("/i/" + altered + "/stop", "List-Unsubscribe=One-Click").status, 404);

  EXPECT_EQ(get("/i/" + token + "/stop").status, 200);
  auto stopped = post("/i/" + token + "/stop", "List-Unsubscribe=One-Click");  // a mail client's one click
  EXPECT_EQ(stopped.status, 200);
  EXPECT_TRUE(contains(stopped, "Приглашений больше не будет"));
  auto refused = post("/i/" + token, "csrf=" + input_value(page.body, "csrf"), form_cookie);
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(contains(refused, "отказались"));
}

}  // namespace
}  // namespace nok::test

namespace nok::test {
namespace {

TEST_F(InvitationSite, TheCabinetTakesAWholeListOrNamesItsBadLinesAndShowsOnlyNumbers) {
  const auto staff = signed_in(account("ivanova", "org_staff", "school"));
  const auto yesterday = iso_utc(std::chrono::system_clock::now() - std::chrono::hours(24)).substr(0, 10);
  const std::string columns = "contact,service_date,consent_at,consent_place,consent_version\n";
  auto bad = post_file("/cabinet/school/invitations",
                       columns + "a@example.ru," + yesterday + ",2026-01-10,касса,v1\n+44 20 7946 0958," + yesterday +
                           ",2026-01-10,касса,v1\n",
                       staff.csrf, staff.cookie);
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad, "Строка 3, столбец «контакт»"));
  auto good = post_file("/cabinet/school/invitations", columns + "a@example.ru," + yesterday + ",2026-01-10,касса,v1\n",
                        staff.csrf, staff.cookie);
  ASSERT_EQ(good.status, 303);
  auto page = get(header(good, "Location"), staff.cookie);
  EXPECT_TRUE(contains(page, "приглашено 1"));
  EXPECT_FALSE(contains(page, "a@example.ru"));  // never who
  // A key is shown once; another organisation's staff cannot see the page.
  auto issued = post(staff, "/cabinet/school/invitation-keys", "name=" + encode("Запись к врачу"));
  EXPECT_EQ(issued.status, 200);
  EXPECT_TRUE(contains(issued, "nok_inv_"));
  EXPECT_FALSE(contains(get("/cabinet/school/invitations", staff.cookie), "nok_inv_"));
  const auto other = signed_in(account("petrova", "org_staff", "clinic"));
  EXPECT_EQ(get("/cabinet/school/invitations", other.cookie).status, 404);
  EXPECT_EQ(post_file("/cabinet/school/invitations", columns, other.csrf, other.cookie).status, 404);
}

}  // namespace
}  // namespace nok::test
