// A terminal in an organisation's hall over HTTP: staff register it in the cabinet and get
// its address once; a visitor answers the survey there with or without a phone number
// confirmed by an SMS code, with «помог сотрудник» recorded; nothing of one visitor reaches
// the next (no cookie, no-store, a pass bound to the terminal); a guessed or switched-off
// address opens nothing and stores nothing.
#include <mutex>
#include <regex>

#include "staff_site.h"

namespace nok::test {
namespace {

// The gateway's stand-in: every SMS kept in memory.
class RecordingSms final : public SmsSender {
 public:
  Result<Ok> send(const SmsMessage& message) override {
    std::lock_guard lock(mutex_);
    texts_.push_back(message.text);
    return Ok{};
  }
  std::string last_code() {
    std::lock_guard lock(mutex_);
    std::smatch code;
    if (texts_.empty() || !std::regex_search(texts_.back(), code, std::regex("\\b\\d{6}\\b"))) return "";
    return code.str();
  }

 private:
  std::mutex mutex_;
  std::vector<std::string> texts_;
};

class KioskSite : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    context->sms = &sms;
  }

  // Registers a terminal through the cabinet as the school's staff; its address's secret.
  std::string register_kiosk(const std::string& name = "Регистратура") {
    auto page = post(staff(), "/cabinet/school/kiosks", "name=" + encode(name));
    EXPECT_EQ(page.status, 200) << page.body;
    EXPECT_EQ(header(page, "Cache-Control"), "no-store");
    std::smatch m;
    std::regex_search(page.body, m, std::regex("http://nok\\.test/kiosk/([A-Za-z0-9_-]+)"));
    EXPECT_EQ(m.size(), 2u);
    const auto secret = m.size() > 1 ? m[1].str() : "";
    if (first_kiosk.empty()) first_kiosk = secret;
    return secret;
  }
  const Browser& staff() {
    if (!school_staff) school_staff = signed_in(account("school.staff", "org_staff", "school"));
    return *school_staff;
  }
  // «Да» to every question the terminal's form asks (a terminal must be registered first).
  std::string answers(const std::string& key, const std::string& extra = "") {
    if (questions.empty()) {
      const auto form = get("/kiosk/" + first_kiosk + "/survey").body;
      const std::regex yes("name=\"([a-z0-9_]+)\" value=\"1\"");
      for (auto it = std::sregex_iterator(form.begin(), form.end(), yes); it != std::sregex_iterator(); ++it)
        if ((*it)[1] != "assisted") questions += "&" + (*it)[1].str() + "=1";
    }
    return "idempotency_key=" + key + questions + extra;
  }
  static std::string main_of(const std::string& page) {
    const auto from = page.find("<main"), to = page.find("</main>");
    return from == std::string::npos || to == std::string::npos ? page : page.substr(from, to - from);
  }
  struct Stored {
    std::string channel;
    bool citizen = false;
    std::int64_t kiosk_id = 0, assisted = 0;
  };
  std::vector<Stored> responses() {
    std::vector<Stored> out;
    stores->pool().acquire()->run(
        "SELECT channel, citizen_id, kiosk_id, assisted FROM responses ORDER BY received_at, id", {},
        [&](const sql::Row& r) {
          out.push_back({std::string(r.text("channel")), !r.null("citizen_id"), r.i64("kiosk_id"), r.i64("assisted")});
        });
    return out;
  }

  RecordingSms sms;
  std::optional<Browser> school_staff;
  std::string first_kiosk, questions;  // the questions' names, read from the first terminal's form
};

TEST_F(KioskSite, AnUnconfirmedAnswerIsCountedUnderTheKioskAndLeavesNothingBehind) {
  const auto secret = register_kiosk();
  auto start = get("/kiosk/" + secret);
  ASSERT_EQ(start.status, 200);
  EXPECT_TRUE(contains(start, "Ответить без подтверждения"));
  EXPECT_TRUE(contains(start, "Ответить с подтверждением по SMS"));
  EXPECT_EQ(header(start, "Cache-Control"), "no-store");
  EXPECT_EQ(header(start, "Referrer-Policy"), "no-referrer");
  EXPECT_EQ(header(start, "Set-Cookie"), "");

  auto form = get("/kiosk/" + secret + "/survey");
  ASSERT_EQ(form.status, 200);
  EXPECT_EQ(header(form, "Set-Cookie"), "");
  EXPECT_FALSE(contains(form, "/static/survey.js"));  // it keeps answers in the browser: not on a shared terminal
  EXPECT_TRUE(contains(form, "Мне помог сотрудник"));

  auto sent = post("/kiosk/" + secret + "/survey", answers("k1", "&assisted=1"));
  ASSERT_EQ(sent.status, 303) << sent.body;
  EXPECT_EQ(header(sent, "Location"), "/kiosk/" + secret + "/thanks");
  EXPECT_EQ(post("/kiosk/" + secret + "/survey", answers("k1", "&assisted=1")).status, 303);  // a double tap
  auto thanks = get("/kiosk/" + secret + "/thanks");
  EXPECT_TRUE(contains(thanks, "data-idle=\"10\""));  // back to the start by itself
  EXPECT_TRUE(contains(thanks, "<noscript><meta http-equiv=\"refresh\" content=\"10;"));

  const auto stored = responses();
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].channel, "kiosk");
  EXPECT_FALSE(stored[0].citizen);
  EXPECT_NE(stored[0].kiosk_id, 0);
  EXPECT_EQ(stored[0].assisted, 1);
  const auto totals = stores->monitoring.totals({.year = current_year()});
  EXPECT_EQ(totals.respondents_by_channel[static_cast<std::size_t>(survey::Channel::kiosk)], 1);
  EXPECT_EQ(totals.respondents_kiosk_unconfirmed, 1);
  EXPECT_EQ(totals.respondents_assisted, 1);
}

TEST_F(KioskSite, ANumberConfirmedOnTheTerminalMakesTheAnswerTheCitizensOwn) {
  const auto secret = register_kiosk();
  auto asked = post("/kiosk/" + secret + "/confirm", "phone=" + encode("+7 900 123-45-67"));
  ASSERT_EQ(asked.status, 200) << asked.body;
  EXPECT_TRUE(contains(asked, "Код из SMS"));
  const auto code = sms.last_code();
  ASSERT_EQ(code.size(), 6u);

  auto wrong = post("/kiosk/" + secret + "/confirm", "sent=1&phone=%2B79001234567&code=000000");
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(contains(wrong, "Неверный код"));
  auto confirmed = post("/kiosk/" + secret + "/confirm", "sent=1&phone=%2B79001234567&code=" + code);
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(header(confirmed, "Set-Cookie"), "");  // no session on the shared device
  const auto pass = input_value(confirmed.body, "pass");
  ASSERT_FALSE(pass.empty());

  // Another terminal's or an altered pass stores nothing.
  const auto other = register_kiosk("Холл, 2 этаж");
  EXPECT_EQ(post("/kiosk/" + other + "/survey", answers("k2", "&pass=" + encode(pass))).status, 409);
  EXPECT_EQ(post("/kiosk/" + secret + "/survey", answers("k3", "&pass=" + encode(pass + "0"))).status, 409);
  EXPECT_TRUE(responses().empty());

  ASSERT_EQ(post("/kiosk/" + secret + "/survey", answers("k4", "&pass=" + encode(pass))).status, 303);
  const auto stored = responses();
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_TRUE(stored[0].citizen);
  EXPECT_EQ(stored[0].assisted, 0);
  EXPECT_EQ(stores->monitoring.totals({.year = current_year()}).respondents_kiosk_unconfirmed, 0);

  auto foreign = post("/kiosk/" + secret + "/confirm", "phone=" + encode("+44 20 7946 0958"));
  EXPECT_EQ(foreign.status, 422);
  EXPECT_TRUE(contains(foreign, "Ошибка:"));
}

TEST_F(KioskSite, ATerminalTakesAFewUnconfirmedAnswersAnHourAndAnyConfirmedOne) {
  const auto secret = register_kiosk();
  for (int i = 0; i < 29; ++i)
    ASSERT_EQ(post("/kiosk/" + secret + "/survey", answers("u" + std::to_string(i))).status, 303) << i;
  EXPECT_EQ(post("/kiosk/" + secret + "/survey", answers("u0")).status, 303);  // a double tap takes nothing
  EXPECT_EQ(post("/kiosk/" + secret + "/survey", answers("u29")).status, 303);
  auto refused = post("/kiosk/" + secret + "/survey", answers("u30"));
  EXPECT_EQ(refused.status, 429);
  EXPECT_TRUE(contains(refused, "Подтвердите номер по SMS"));
  EXPECT_EQ(responses().size(), 30u);

  ASSERT_EQ(post("/kiosk/" + secret + "/confirm", "phone=%2B79001112233").status, 200);
  auto confirmed = post("/kiosk/" + secret + "/confirm", "sent=1&phone=%2B79001112233&code=" + sms.last_code());
  ASSERT_EQ(post("/kiosk/" + secret + "/survey", answers("c1", "&pass=" + encode(input_value(confirmed.body, "pass"))))
                .status,
            303);
  EXPECT_EQ(responses().size(), 31u);
}

TEST_F(KioskSite, AGuessedOrSwitchedOffAddressOpensNothingAndStoresNothing) {
  const auto secret = register_kiosk();
  auto guessed = get("/kiosk/" + random_token(32));
  EXPECT_EQ(guessed.status, 404);
  EXPECT_TRUE(contains(guessed, "Терминал не найден"));
  EXPECT_EQ(post("/kiosk/guess/survey", answers("g1")).status, 404);

  auto cabinet = get("/cabinet/school/kiosks", staff().cookie);
  ASSERT_EQ(cabinet.status, 200);
  EXPECT_TRUE(contains(cabinet, "Регистратура"));
  EXPECT_FALSE(contains(cabinet, secret));  // the address is shown once, at registration
  std::smatch id;
  ASSERT_TRUE(std::regex_search(cabinet.body, id, std::regex("/cabinet/school/kiosks/(\\d+)/revoke")));
  EXPECT_EQ(post("/cabinet/school/kiosks/" + id[1].str() + "/revoke", "", staff().cookie).status, 403);  // no form token
  EXPECT_EQ(post(staff(), "/cabinet/school/kiosks/" + id[1].str() + "/revoke").status, 303);

  auto revoked = get("/kiosk/" + secret);
  EXPECT_EQ(revoked.status, 404);
  EXPECT_EQ(main_of(revoked.body), main_of(guessed.body));
  EXPECT_EQ(post("/kiosk/" + secret + "/survey", answers("g2")).status, 404);
  EXPECT_TRUE(responses().empty());

  // Another organisation's staff see no terminals of the school, as if there were none.
  const auto clinic = signed_in(account("clinic.staff", "org_staff", "clinic"));
  EXPECT_EQ(get("/cabinet/school/kiosks", clinic.cookie).status, 404);
  EXPECT_EQ(post(clinic, "/cabinet/school/kiosks", "name=x").status, 404);
}

}  // namespace
}  // namespace nok::test
