// Citizen sign-in by one-time code, over a real store on both engines.
#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <mutex>
#include <regex>

#include "app/auth/citizen_sign_in.h"
#include "store/sql/sql_store.h"
#include "support/burst.h"
#include "support/test_store.h"

namespace nok {
namespace {

// Keeps what would be sent, from any thread; the SMTP adapter itself is tested against a
// real server. A broken one refuses every message as a mail server that is down would.
class RecordingMailer : public Mailer {
 public:
  Result<Ok> send(const MailMessage& m) override {
    if (broken) return Error{"mail_unavailable", "почта недоступна"};
    std::lock_guard lock(mutex_);
    sent.push_back(m);
    return Ok{};
  }
  std::string last_code() const {
    std::smatch m;
    std::regex_search(sent.back().text, m, std::regex("\\d{6}"));
    return m.str();
  }
  std::vector<MailMessage> sent;
  std::atomic<bool> broken{false};

 private:
  std::mutex mutex_;
};

class SignIn : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
  }
  test::TestStore store;
  RecordingMailer mailer;
  SecretKey key = SecretKey::generate();
  CitizenSignIn sign_in{*store, &mailer, nullptr, key};
};

TEST_F(SignIn, ACodeByMailOpensASession) {
  ASSERT_TRUE(sign_in.request_code("  Ivanova@Example.RU "));
  ASSERT_EQ(mailer.sent.size(), 1u);
  EXPECT_EQ(mailer.sent[0].to, "ivanova@example.ru");
  auto session = sign_in.verify("ivanova@example.ru", mailer.last_code());
  ASSERT_TRUE(session) << session.error().message;
  auto found = sign_in.session(session->token);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->citizen_id, session->citizen_id);
  EXPECT_EQ(found->csrf, session->csrf);
  sign_in.sign_out(session->token);
  EXPECT_FALSE(sign_in.session(session->token));
}

TEST_F(SignIn, TheSameAddressIsTheSameCitizen) {
  ASSERT_TRUE(sign_in.request_code("a@example.ru"));
  auto first = sign_in.verify("a@example.ru", mailer.last_code());
  ASSERT_TRUE(sign_in.request_code("A@example.ru"));
  auto second = sign_in.verify("a@example.ru", mailer.last_code());
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->citizen_id, second->citizen_id);
  EXPECT_NE(first->token, second->token);
}

TEST_F(SignIn, ACodeWorksOnceAndAReplayIsRefused) {
  ASSERT_TRUE(sign_in.request_code("a@example.ru"));
  const auto code = mailer.last_code();
  ASSERT_TRUE(sign_in.verify("a@example.ru", code));
  auto replay = sign_in.verify("a@example.ru", code);
  ASSERT_FALSE(replay);
  EXPECT_EQ(replay.error().code, "code_expired");
}

TEST_F(SignIn, GuessingLocksTheCodeAfterFiveAttempts) {
  ASSERT_TRUE(sign_in.request_code("a@example.ru"));
  const auto code = mailer.last_code();
  int wrong = 0, locked = 0;
  for (int guess = 0; guess < 200; ++guess) {  // as a script would: 000000, 000001, …
    char text[8];
    std::snprintf(text, sizeof text, "%06d", guess);
    if (text == code) continue;
    auto r = sign_in.verify("a@example.ru", text);
    ASSERT_FALSE(r);
    wrong += r.error().code == "code_wrong";
    locked += r.error().code == "code_locked";
  }
  EXPECT_EQ(wrong, 5);
  EXPECT_GT(locked, 0);
  auto real = sign_in.verify("a@example.ru", code);  // even the right code no longer opens it
  ASSERT_FALSE(real);
  EXPECT_EQ(real.error().code, "code_locked");
}

TEST_F(SignIn, CodeRequestsAreLimitedPerAddress) {
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(sign_in.request_code("a@example.ru"));
  auto fourth = sign_in.request_code("a@example.ru");
  ASSERT_FALSE(fourth);
  EXPECT_EQ(fourth.error().code, "too_many_codes");
  EXPECT_TRUE(sign_in.request_code("b@example.ru"));  // others are not affected
}

// The answers to a burst of requests, by error code ("" for a success).
struct Tally {
  void add(const std::string& code) {
    std::lock_guard lock(mutex);
    ++by_code[code];
  }
  std::mutex mutex;
  std::map<std::string, int> by_code;
};

TEST_F(SignIn, ABurstOfGuessesComparesExactlyFiveAndTheCodeIsThenVoid) {
  ASSERT_TRUE(sign_in.request_code("a@example.ru"));
  const auto code = mailer.last_code();
  const std::string wrong = code == "000000" ? "000001" : "000000";
  Tally answers;
  test::burst(30, [&](int) {
    auto r = sign_in.verify("a@example.ru", wrong);
    answers.add(r ? "" : r.error().code);
  });
  EXPECT_EQ(answers.by_code["code_wrong"], 5);
  EXPECT_EQ(answers.by_code["code_locked"], 25);
  EXPECT_EQ(sign_in.verify("a@example.ru", code).error().code, "code_locked");
}

TEST_F(SignIn, ABurstOfGuessesSplitAcrossTwoProcessesComparesExactlyFive) {
  auto second_store = sql::open_sql_store(store.url(), 4);
  CitizenSignIn second(*second_store, &mailer, nullptr, key);
  ASSERT_TRUE(sign_in.request_code("a@example.ru"));
  const auto code = mailer.last_code();
  const std::string wrong = code == "000000" ? "000001" : "000000";
  Tally answers;
  test::burst(30, [&](int i) {
    auto r = (i % 2 ? second : sign_in).verify("a@example.ru", wrong);
    answers.add(r ? "" : r.error().code);
  });
  EXPECT_EQ(answers.by_code["code_wrong"], 5);
  EXPECT_EQ(answers.by_code["code_locked"], 25);
  EXPECT_EQ(second.verify("a@example.ru", code).error().code, "code_locked");
}

TEST_F(SignIn, ABurstOfCodeRequestsSendsExactlyThree) {
  Tally answers;
  test::burst(30, [&](int) {
    auto r = sign_in.request_code("a@example.ru");
    answers.add(r ? "" : r.error().code);
  });
  EXPECT_EQ(answers.by_code[""], 3);
  EXPECT_EQ(answers.by_code["too_many_codes"], 27);
  EXPECT_EQ(mailer.sent.size(), 3u);
}

TEST_F(SignIn, ABurstOfCodeRequestsSplitAcrossTwoProcessesSendsExactlyThree) {
  auto second_store = sql::open_sql_store(store.url(), 4);
  CitizenSignIn second(*second_store, &mailer, nullptr, key);
  Tally answers;
  test::burst(30, [&](int i) {
    auto r = (i % 2 ? second : sign_in).request_code("a@example.ru");
    answers.add(r ? "" : r.error().code);
  });
  EXPECT_EQ(answers.by_code[""], 3);
  EXPECT_EQ(answers.by_code["too_many_codes"], 27);
  EXPECT_EQ(mailer.sent.size(), 3u);
}

TEST_F(SignIn, CodesThatWereNotSentDoNotUseUpTheAddressesCodes) {
  mailer.broken = true;
  for (int i = 0; i < 5; ++i) EXPECT_EQ(sign_in.request_code("a@example.ru").error().code, "mail_unavailable");
  mailer.broken = false;
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(sign_in.request_code("a@example.ru")) << i;
  EXPECT_EQ(sign_in.request_code("a@example.ru").error().code, "too_many_codes");
}

TEST_F(SignIn, OneNetworkGetsALimitedNumberOfCodesWhateverTheAddresses) {
  CitizenSignIn strict(*store, &mailer, nullptr, key, {.codes_per_network = 4});
  Tally answers;
  test::burst(30, [&](int i) {
    auto r = strict.request_code("user" + std::to_string(i) + "@example.ru", "203.0.113." + std::to_string(i + 1));
    answers.add(r ? "" : r.error().code);
  });
  EXPECT_EQ(answers.by_code[""], 4);
  EXPECT_EQ(answers.by_code["too_many_codes"], 26);
  EXPECT_EQ(mailer.sent.size(), 4u);
  EXPECT_TRUE(strict.request_code("user0@example.ru", "198.51.100.7")) << "another network has its own count";
  EXPECT_TRUE(strict.request_code("user0@example.ru", "2001:db8:1:2::7"));
  EXPECT_TRUE(strict.request_code("user1@example.ru", "")) << "no address, no limit per network";
}

TEST_F(SignIn, ARefusalForTheNetworkDoesNotUseUpTheAddressesCodes) {
  CitizenSignIn strict(*store, &mailer, nullptr, key, {.codes_per_network = 1});
  ASSERT_TRUE(strict.request_code("a@example.ru", "203.0.113.1"));
  for (int i = 0; i < 3; ++i) EXPECT_EQ(strict.request_code("b@example.ru", "203.0.113.2").error().code, "too_many_codes");
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(strict.request_code("b@example.ru", "198.51." + std::to_string(i) + ".1")) << i;
}

TEST_F(SignIn, ExpiredCodesAreRefused) {
  CitizenSignIn instant(*store, &mailer, nullptr, key, {.code_lifetime = std::chrono::minutes(0)});
  ASSERT_TRUE(instant.request_code("a@example.ru"));
  auto r = instant.verify("a@example.ru", mailer.last_code());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "code_expired");
}

TEST_F(SignIn, BadAddressesAreRefusedWithAClearMessage) {
  for (const char* bad : {"@example.ru", "a@b", "a@@b.ru", "a b@c.ru", "a@b.ru\r\nBcc: x@y.ru"}) {
    auto r = sign_in.request_code(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, "bad_email");
  }
  for (const char* neither : {"", "no-at-sign"}) EXPECT_EQ(sign_in.request_code(neither).error().code, "bad_contact");
  EXPECT_TRUE(mailer.sent.empty());
}

TEST_F(SignIn, UnknownTokensFindNoSession) {
  EXPECT_FALSE(sign_in.session(""));
  EXPECT_FALSE(sign_in.session("forged-token"));
  EXPECT_FALSE(sign_in.session(std::string(1000, 'a')));
}

}  // namespace
}  // namespace nok
