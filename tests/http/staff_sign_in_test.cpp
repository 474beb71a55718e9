// Staff sign-in through the site: password, lockout, TOTP, invitations and resets by mail;
// a flood of sign-ins, which waits for its own threads while other forms are answered.
#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include "core/totp.h"
#include "http/staff_site.h"
#include "support/hashing_gate.h"

namespace nok {
namespace {

using test::StaffSite;

class StaffSignInPages : public StaffSite {
 protected:
  // The login form's CSRF token and cookie, as a browser gets them.
  std::pair<std::string, std::string> login_form() {
    auto form = get("/staff/login");
    EXPECT_EQ(form.status, 200);
    return {input_value(form.body, "csrf"), "nok_form=" + cookie_value(form, "nok_form")};
  }

  test::HttpResult sign_in(const std::string& login, const std::string& password, const std::string& code = "") {
    auto [csrf, cookie] = login_form();
    return post("/staff/login",
                "csrf=" + csrf + "&next=&login=" + encode(login) + "&password=" + encode(password) + "&code=" + code,
                cookie);
  }

  // The link in the newest of `n` messages, as the person would click it.
  std::string link_in_mail(std::size_t n) {
    auto mail = sink.messages(n);
    EXPECT_EQ(mail.size(), n);
    std::smatch m;
    EXPECT_TRUE(std::regex_search(mail.back(), m, std::regex("http://nok\\.test(/staff/password\\?token=[A-Za-z0-9_-]+)")));
    return m.size() > 1 ? m[1].str() : "";
  }
};

TEST_F(StaffSignInPages, APasswordOpensTheCabinetOfTheOrganisation) {
  account("ivanova", "org_staff", "school");
  auto done = sign_in("  Ivanova ", kPassword);  // as typed on a phone
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(header(done, "Location"), "/cabinet/school");
  const auto session = cookie_value(done, "nok_session");
  ASSERT_FALSE(session.empty());
  EXPECT_NE(done.headers.find("HttpOnly"), std::string::npos);
  auto cabinet = get("/cabinet/school", "nok_session=" + session);
  EXPECT_EQ(cabinet.status, 200);
  EXPECT_TRUE(contains(cabinet, "Школа № 1"));
  EXPECT_NE(cabinet.headers.find("no-store"), std::string::npos);
}

TEST_F(StaffSignInPages, WrongPasswordsAreCountedAndLockTheAccount) {
  account("petrov", "monitor");
  auto unknown = sign_in("nobody", kPassword);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_TRUE(contains(unknown, "Неверный логин или пароль."));
  for (int i = 1; i <= 4; ++i) {
    auto wrong = sign_in("petrov", "не тот пароль");
    EXPECT_EQ(wrong.status, 400);
    EXPECT_TRUE(contains(wrong, "Осталось попыток до временной блокировки: " + std::to_string(5 - i)));
  }
  EXPECT_TRUE(contains(sign_in("petrov", "не тот пароль"), "заблокирован"));
  auto locked = sign_in("petrov", kPassword);  // even the right password waits now
  EXPECT_EQ(locked.status, 400);
  EXPECT_TRUE(contains(locked, "заблокирован"));
  EXPECT_TRUE(cookie_value(locked, "nok_session").empty());
}

TEST_F(StaffSignInPages, AFloodOfSignInsIsToldToWaitWhileOtherFormsAreAnswered) {
  using namespace std::chrono_literals;
  constexpr int kFlood = 200, kWaiting = 100;
  // The network's limit out of the way (every sign-in comes from 127.0.0.1), and more
  // sign-ins waiting for a check than the server has write threads (64): were a thread held
  // per waiting sign-in, the other form would wait for the flood. The new queue takes the
  // old one's place.
  staff_context->policy.attempts_per_network = 1000;
  hashing.emplace(policy.hash_threads, kWaiting);
  auto ivanova = signed_in(account("ivanova", "org_staff", "school"));
  const auto version = input_value(get("/cabinet/school", ivanova.cookie).body, "version");
  const auto form = login_form();
  const std::string csrf = form.first, cookie = form.second;

  std::mutex mutex;
  std::condition_variable changed;
  int answered_at_once = 0;
  std::atomic<int> order{0};  // answers in the order they arrived
  std::vector<test::HttpResult> flood(kFlood);
  std::vector<int> flood_order(kFlood);
  test::HttpResult other;
  int other_order = 0;
  {
    test::HashingGate gate(*hashing, policy.hash_threads);
    std::vector<std::thread> intruders;
    for (int i = 0; i < kFlood; ++i)
      intruders.emplace_back([&, i] {
        flood[i] = post("/staff/login", "csrf=" + csrf + "&next=&login=intruder" + std::to_string(i) + "&password=guess&code=",
                        cookie);
        flood_order[i] = ++order;
        std::lock_guard lock(mutex);
        if (flood[i].status != 400) ++answered_at_once;
        changed.notify_all();
      });
    {  // the queue is full once the refusals made at once are in; the gate keeps it full
      std::unique_lock lock(mutex);
      changed.wait_for(lock, 60s, [&] { return answered_at_once == kFlood - kWaiting; });  // a guard against a hang
    }
    std::promise<void> other_done;
    std::thread office([&] {
      other = post(ivanova, "/cabinet/school/profile", "version=" + version + "&address=" + encode("ул. Мира, 2") + "&website=");
      other_order = ++order;
      other_done.set_value();
    });
    other_done.get_future().wait_for(60s);  // a guard: answered at once, unless it waits for the flood
    gate.release();
    office.join();
    for (auto& t : intruders) t.join();
  }
  EXPECT_EQ(other.status, 303) << other.body;
  int busy = 0, wrong = 0;
  for (int i = 0; i < kFlood; ++i) {
    if (flood[i].status == 503) {
      ++busy;
      EXPECT_EQ(header(flood[i], "Retry-After"), "10");
      EXPECT_TRUE(contains(flood[i], "Сейчас входит слишком много людей"));
    } else if (flood[i].status == 400) {
      ++wrong;
      EXPECT_TRUE(contains(flood[i], "Неверный логин или пароль."));
      EXPECT_LT(other_order, flood_order[i]) << "the other form was answered while this sign-in still waited";
    }
  }
  EXPECT_EQ(busy, kFlood - kWaiting) << "refused at once: the queue was full";
  EXPECT_EQ(wrong, kWaiting) << "every waiting one was checked in the end";
}

TEST_F(StaffSignInPages, ANetworkOverItsLimitIsToldToWaitBeforeAnyPasswordIsChecked) {
  staff_context->policy.attempts_per_network = 3;
  account("petrov", "monitor");
  EXPECT_EQ(sign_in("petrov", kPassword).status, 303) << "a success does not use up the network's attempts";
  for (int i = 0; i < 3; ++i) EXPECT_EQ(sign_in("nobody" + std::to_string(i), "догадка").status, 400);
  test::HashingGate gate(*hashing, policy.hash_threads);  // no password can be checked now
  auto refused = sign_in("petrov", kPassword);
  EXPECT_EQ(refused.status, 429);
  EXPECT_EQ(header(refused, "Retry-After"), "600");
  EXPECT_TRUE(contains(refused, "Слишком много попыток входа из вашей сети"));
  EXPECT_TRUE(cookie_value(refused, "nok_session").empty());
}

TEST_F(StaffSignInPages, LoginFormsNeedTheirToken) {
  account("petrov", "monitor");
  EXPECT_EQ(post("/staff/login", "login=petrov&password=" + encode(kPassword)).status, 403);
  EXPECT_EQ(post("/staff/login", "csrf=aaaaaaaaaaaaaaaaaaaaaaaa&login=petrov&password=" + encode(kPassword),
                 "nok_form=bbbbbbbbbbbbbbbbbbbbbbbb")
                .status,
            403);
}

TEST_F(StaffSignInPages, ATotpCodeIsRequiredOnceEnrolledAndWorksOnce) {
  const auto id = account("sidorova", "official", "", "Департамент образования");
  auto browser = signed_in(id);
  auto page = get("/staff/totp", browser.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "<svg"));
  const auto sealed = input_value(page.body, "sealed");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page.body, m, std::regex("<code class=\"secret\">([A-Z2-7]+)</code>")));
  const auto secret = *totp::from_base32(m[1].str());
  const auto now = totp::step_at(std::chrono::system_clock::now());

  auto wrong = post(browser, "/staff/totp", "sealed=" + encode(sealed) + "&code=" + totp::code_at(secret, now + 5));
  EXPECT_EQ(wrong.status, 400);
  EXPECT_TRUE(contains(wrong, "Код не подошёл"));
  auto enrolled = post(browser, "/staff/totp", "sealed=" + encode(sealed) + "&code=" + totp::code_at(secret, now - 1));
  ASSERT_EQ(enrolled.status, 200) << enrolled.body;

  EXPECT_TRUE(contains(sign_in("sidorova", kPassword), "Введите шестизначный код"));
  auto bad = sign_in("sidorova", kPassword, totp::code_at(secret, now + 3));
  EXPECT_TRUE(contains(bad, "Неверный код из приложения-аутентификатора. Осталось попыток до временной блокировки: 4"));
  EXPECT_TRUE(contains(sign_in("sidorova", kPassword, totp::code_at(secret, now - 1)), "Неверный код"))
      << "the code used for enrolment does not open a session";
  const auto code = totp::code_at(secret, now);
  auto done = sign_in("sidorova", kPassword, code);
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(header(done, "Location"), "/official");
  EXPECT_EQ(sign_in("sidorova", kPassword, code).status, 400) << "a replayed code is refused";
}

TEST_F(StaffSignInPages, AnInvitationByMailSetsThePasswordOnce) {
  auto admin = signed_in(account("root", "admin"));
  auto created = post(admin, "/admin/users",
                      "login=kuznetsova&role=org_staff&organisation=school&authority=&operator=&email=" +
                          encode("Kuznetsova@Example.ru"));
  ASSERT_EQ(created.status, 200) << created.body;
  EXPECT_TRUE(contains(created, "Приглашение со ссылкой для пароля отправлено на почту."));
  const auto link = link_in_mail(1);
  EXPECT_NE(sink.messages(1)[0].find("kuznetsova@example.ru"), std::string::npos);

  auto form = get(link);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form, "kuznetsova"));
  EXPECT_NE(form.headers.find("Referrer-Policy: no-referrer"), std::string::npos);
  const auto csrf = input_value(form.body, "csrf"), cookie = "nok_form=" + cookie_value(form, "nok_form");
  const auto token = input_value(form.body, "token");
  auto mismatch = post("/staff/password", "csrf=" + csrf + "&token=" + token + "&password=" + encode(kPassword) +
                                              "&confirmation=other",
                       cookie);
  EXPECT_EQ(mismatch.status, 400);
  EXPECT_TRUE(contains(mismatch, "Пароли не совпадают"));
  auto short_one = post("/staff/password", "csrf=" + csrf + "&token=" + token + "&password=short&confirmation=short",
                        cookie);
  EXPECT_TRUE(contains(short_one, "не меньше 10 символов"));
  auto saved = post("/staff/password", "csrf=" + csrf + "&token=" + token + "&password=" + encode(kPassword) +
                                           "&confirmation=" + encode(kPassword),
                    cookie);
  EXPECT_EQ(saved.status, 200);
  EXPECT_EQ(sign_in("kuznetsova", kPassword).status, 303);
  EXPECT_EQ(get(link).status, 410);  // used
}

TEST_F(StaffSignInPages, AResetLinkGoesOnlyToTheAccountsAddressAndSaysNothingOtherwise) {
  auto link = accounts().create({"orlova", "monitor", "", "", "", "orlova@example.ru"}, 0);
  ASSERT_TRUE(link);
  auto form = get("/staff/reset");
  const auto csrf = input_value(form.body, "csrf"), cookie = "nok_form=" + cookie_value(form, "nok_form");
  auto unknown = post("/staff/reset", "csrf=" + csrf + "&who=" + encode("nobody@example.ru"), cookie);
  auto known = post("/staff/reset", "csrf=" + csrf + "&who=" + encode("Orlova@example.ru"), cookie);
  EXPECT_EQ(unknown.status, 200);
  EXPECT_EQ(unknown.body, known.body);  // the same answer either way
  const auto reset = link_in_mail(1);
  auto page = get(reset);
  const auto token = input_value(page.body, "token");
  const auto page_csrf = input_value(page.body, "csrf"), page_cookie = "nok_form=" + cookie_value(page, "nok_form");
  EXPECT_EQ(post("/staff/password", "csrf=" + page_csrf + "&token=" + token + "&password=" + encode(kPassword) +
                                        "&confirmation=" + encode(kPassword),
                 page_cookie)
                .status,
            200);
  EXPECT_EQ(sign_in("orlova", kPassword).status, 303);
  EXPECT_EQ(get(link->url.substr(std::string("http://nok.test").size())).status, 410)
      << "setting a password voids the account's other links";
}

TEST_F(StaffSignInPages, AResetRequestOverTheLimitIsAnsweredLikeAnyOther) {
  ASSERT_TRUE(accounts().create({"orlova", "monitor", "", "", "", "orlova@example.ru"}, 0));
  auto form = get("/staff/reset");
  const auto csrf = input_value(form.body, "csrf"), cookie = "nok_form=" + cookie_value(form, "nok_form");
  const auto unknown = post("/staff/reset", "csrf=" + csrf + "&who=" + encode("nobody@example.ru"), cookie);
  for (int i = 0; i <= policy.links_per_hour; ++i) {
    auto known = post("/staff/reset", "csrf=" + csrf + "&who=orlova", cookie);
    EXPECT_EQ(known.status, 200);
    EXPECT_EQ(known.body, unknown.body) << "request " << i + 1;
  }
  EXPECT_EQ(sink.messages(policy.links_per_hour).size(), static_cast<std::size_t>(policy.links_per_hour));
}

TEST_F(StaffSignInPages, SigningOutEndsTheSession) {
  auto browser = signed_in(account("petrov", "monitor"));
  EXPECT_EQ(get("/official", browser.cookie).status, 200);
  EXPECT_EQ(post(browser, "/staff/logout").status, 303);
  auto after = get("/official", browser.cookie);
  EXPECT_EQ(after.status, 303);
  EXPECT_EQ(header(after, "Location"), "/staff/login?next=%2Fofficial");
}

TEST_F(StaffSignInPages, CitizensAreNotStaff) {
  const auto citizen = store->upsert_citizen("citizen-hash", "");
  const std::string token = random_token(32);
  store->create_session({key.hash("session:" + token), citizen, 0, "csrf", "2999-01-01T00:00:00Z"});
  EXPECT_EQ(get("/cabinet/school", "nok_session=" + token).status, 303);
}

}  // namespace
}  // namespace nok
