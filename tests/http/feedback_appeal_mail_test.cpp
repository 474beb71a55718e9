// The organisation's answer to an appeal reaches its author by real SMTP (python3-aiosmtpd)
// and shows on their page.
#include "app/feedback/answers.h"
#include "http/feedback_site.h"
#include "support/smtp_sink.h"
#include "support/error_kind.h"

namespace nok::test {
namespace {

class FeedbackAppealMail : public FeedbackSite {
 protected:
  void SetUp() override {
    ASSERT_TRUE(sink.running());
    mailer = make_mailer({.smtp_url = sink.url()});
    start(mailer.get());
  }

  SmtpSink sink;
  std::unique_ptr<Mailer> mailer;
};

TEST_F(FeedbackAppealMail, TheAnswerIsMailedToTheAuthorAndShownOnTheirPage) {
  ASSERT_EQ(as_alice("POST", "/o/lib1/appeal",
                     form({{"idempotency_key", "m1"}, {"subject", "Часы работы"}, {"text", "Откройтесь в субботу"}}))
                .status,
            303);
  const auto id = store->citizen_activity(alice, 10).appeals.at(0).head.id;
  const AppealMail mail{mailer.get(), key, context->public_url};
  auto answered = answer_appeal(*store, mail, "lib1", id, "С марта открыты по субботам", 0);
  ASSERT_TRUE(answered.errors.empty());
  EXPECT_TRUE(answered.notified);

  auto messages = sink.messages(1);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_NE(messages[0].find("To: alice@example.ru"), std::string::npos);
  EXPECT_NE(messages[0].find("С марта открыты по субботам"), std::string::npos);
  EXPECT_NE(messages[0].find("https://nok.example.ru/me/appeals/" + std::to_string(id)), std::string::npos);

  auto page = as_alice("GET", "/me/appeals/" + std::to_string(id));
  EXPECT_NE(page.body.find("Дан ответ"), std::string::npos);
  EXPECT_NE(page.body.find("С марта открыты по субботам"), std::string::npos);
  EXPECT_NE(as_alice("GET", "/me").body.find("С марта открыты по субботам"), std::string::npos);

  EXPECT_EQ(test::kind_of(answer_appeal(*store, mail, "lib1", id, "Ещё раз", 0).errors), "conflict");
  EXPECT_EQ(sink.messages(1).size(), 1u);  // no second letter
}

}  // namespace
}  // namespace nok::test
