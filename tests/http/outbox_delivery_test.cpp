// Mail the server refuses at first arrives later through the outbox: a one-time code by the
// sign-in form and the answer to an appeal, against a real SMTP server that answers the
// first two messages with 451.
#include <regex>

#include "app/feedback/answers.h"
#include "app/outbox/outbox.h"
#include "http/feedback_site.h"
#include "store/sql/sql_outbox_store.h"
#include "store/sql/sql_store.h"
#include "support/smtp_sink.h"

namespace nok::test {
namespace {

using std::chrono::seconds;

class OutboxDelivery : public FeedbackSite {
 protected:
  void SetUp() override {
    ASSERT_TRUE(sink.running()) << "python3-aiosmtpd is not installed";
    transport = make_mailer({.smtp_url = sink.url()});
    sql = sql::open_sql_store(store.url(), 2);
    outbox_store = std::make_unique<sql::SqlOutboxStore>(sql->pool());
    // The test moves the clock to when the retries are due instead of waiting; no jitter.
    outbox = std::make_unique<Outbox>(*outbox_store, key, transport.get(), nullptr, OutboxPolicy{},
                                      [this] { return now; }, [] { return 0.0; });
    start(outbox->mailer());
  }

  // Moves the clock on by `wait` and runs one round of the sender.
  SendReport after(seconds wait) {
    now += wait;
    return outbox->send_due(10);
  }

  HttpResult sign_in_form(const std::string& target, const std::string& fields) {
    return http_request(server->port(), "POST", target, "Cookie: nok_form=" + csrf + "\r\n", "csrf=" + csrf + "&" + fields);
  }

  SmtpSink sink{2};
  std::unique_ptr<Mailer> transport;
  std::unique_ptr<sql::SqlStore> sql;
  std::unique_ptr<sql::SqlOutboxStore> outbox_store;
  std::chrono::system_clock::time_point now = std::chrono::system_clock::now();
  std::unique_ptr<Outbox> outbox;
};

TEST_F(OutboxDelivery, ACodeTheMailServerRefusedArrivesLaterAndSignsThePersonIn) {
  auto page = follow(server->port(), sign_in_form("/login", "next=%2Fme&contact=Carol%40Example.ru"), "nok_form=" + csrf);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Введите код из письма"), std::string::npos) << "the person waits for the code as usual";
  EXPECT_TRUE(store->latest_login_code(key.hash("email:carol@example.ru"), iso_utc_now()))
      << "the code is kept for the message still on its way";
  const auto waiting = outbox_store->messages("pending", 10);
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0].topic, "sign_in_code");
  EXPECT_NE(waiting[0].last_error.find("451"), std::string::npos) << waiting[0].last_error;

  EXPECT_EQ(after(seconds(29)).attempted(), 0) << "not before its time";
  EXPECT_EQ(after(seconds(1)).retried, 1) << "refused a second time";
  EXPECT_EQ(after(seconds(60)).sent, 1);

  const auto mail = sink.messages(1);
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_NE(mail[0].find("To: carol@example.ru"), std::string::npos);
  std::smatch code;
  ASSERT_TRUE(std::regex_search(mail[0], code, std::regex("качества: (\\d{6})")));
  auto done = sign_in_form("/login/code", "next=%2Fme&contact=carol%40example.ru&code=" + code[1].str());
  EXPECT_EQ(done.status, 303) << done.body;
  EXPECT_NE(done.headers.find("nok_session="), std::string::npos);
}

TEST_F(OutboxDelivery, AnAnswerToAnAppealTheMailServerRefusedArrivesOnTheThirdAttempt) {
  ASSERT_EQ(as_alice("POST", "/o/lib1/appeal",
                     form({{"idempotency_key", "m1"}, {"subject", "Часы работы"}, {"text", "Откройтесь в субботу"}}))
                .status,
            303);
  const auto id = store->citizen_activity(alice, 10).appeals.at(0).head.id;
  const AppealMail mail{outbox->mailer(), key, context->public_url};
  auto answered = answer_appeal(*store, mail, "lib1", id, "С марта открыты по субботам", 0);
  ASSERT_TRUE(answered.errors.empty());
  EXPECT_TRUE(answered.notified) << "queued: the outbox sees it through";

  EXPECT_EQ(after(seconds(30)).retried, 1);
  EXPECT_EQ(after(seconds(60)).sent, 1);
  const auto messages = sink.messages(1);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_NE(messages[0].find("To: alice@example.ru"), std::string::npos);
  EXPECT_NE(messages[0].find("С марта открыты по субботам"), std::string::npos);
  const auto sent = outbox_store->messages("sent", 10);
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].attempts, 2);
  EXPECT_FALSE(sent[0].has_body);
}

}  // namespace
}  // namespace nok::test
