// The SMTP adapter against a real SMTP server (aiosmtpd) on loopback.
#include <gtest/gtest.h>

#include "mail/mailer.h"
#include "support/smtp_sink.h"

namespace nok {
namespace {

TEST(SmtpMailer, DeliversUtf8MessagesToARealServer) {
  test::SmtpSink sink;
  ASSERT_TRUE(sink.running()) << "python3-aiosmtpd is not installed";
  auto mailer = make_mailer({.smtp_url = sink.url(), .from = "nok@example.ru"});
  ASSERT_TRUE(mailer);
  auto sent = mailer->send({"ivanova@example.ru", "Код для входа: 123456", "Ваш код: 123456\nДо свидания."});
  ASSERT_TRUE(sent) << sent.error().message;
  auto messages = sink.messages();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_NE(messages[0].find("To: ivanova@example.ru"), std::string::npos);
  EXPECT_NE(messages[0].find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(messages[0].find("Ваш код: 123456"), std::string::npos);
}

TEST(SmtpMailer, ReportsAnUnreachableServerAsAnExpectedError) {
  auto mailer = make_mailer({.smtp_url = "smtp://127.0.0.1:1"});
  auto sent = mailer->send({"a@example.ru", "x", "y"});
  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().code, "mail_unavailable");
}

TEST(SmtpMailer, HeadersCannotBeInjectedThroughTheSubject) {
  auto text = format_message({"a@example.ru", "hi\r\nBcc: victim@example.ru", "body"}, "nok@example.ru");
  EXPECT_EQ(text.find("\r\nBcc:"), std::string::npos);
}

TEST(Mailer, NoConfigurationMeansNoMailer) { EXPECT_FALSE(make_mailer({})); }

}  // namespace
}  // namespace nok
