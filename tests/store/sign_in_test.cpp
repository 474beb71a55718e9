// Citizen sign-in by one-time code, over a real store on both engines.
#include <gtest/gtest.h>

#include <regex>

#include "app/auth/citizen_sign_in.h"
#include "support/test_store.h"

namespace nok {
namespace {

// Keeps what would be sent; the SMTP adapter itself is tested against a real server.
class RecordingMailer : public Mailer {
 public:
  Result<Ok> send(const MailMessage& m) override {
    sent.push_back(m);
    return Ok{};
  }
  std::string last_code() const {
    std::smatch m;
    std::regex_search(sent.back().text, m, std::regex("\\d{6}"));
    return m.str();
  }
  std::vector<MailMessage> sent;
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
