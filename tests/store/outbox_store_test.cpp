// The outbox of mail and SMS on both engines: each message claimed once however many senders
// race, retries on the backoff schedule, dead after the last attempt, dropped once expired,
// replaced by a newer code, sent again by an administrator; what is stored stays sealed.
#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "app/outbox/outbox.h"
#include "core/time.h"
#include "store/sql/sql_outbox_store.h"
#include "store/sql/sql_staff_store.h"
#include "store/sql/sql_store.h"
#include "support/test_store.h"

namespace nok {
namespace {

using std::chrono::seconds;

// A transport that refuses the first `refusals` messages, then accepts, keeping what it took.
template <class Port, class Message>
class Flaky final : public Port {
 public:
  explicit Flaky(int refusals) : refusals_(refusals) {}
  Result<Ok> send(const Message& message) override {
    ++calls;
    if (refusals_ > 0) {
      --refusals_;
      return Error{"unavailable", "Не удалось отправить (сервер ответил 451)."};
    }
    accepted.push_back(message);
    return Ok{};
  }
  int calls = 0;
  std::vector<Message> accepted;

 private:
  int refusals_;
};
using FlakyMail = Flaky<Mailer, MailMessage>;
using FlakySms = Flaky<SmsSender, SmsMessage>;

class OutboxStoreTest : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    sql = sql::open_sql_store(store.url(), 2);
    outbox_store = std::make_unique<sql::SqlOutboxStore>(sql->pool());
  }

  // An outbox on a clock the test moves, without jitter: 4 attempts, 30 s doubling to 60 s.
  std::unique_ptr<Outbox> outbox(Mailer* mail, SmsSender* sms = nullptr) {
    OutboxPolicy policy;
    policy.retry = {4, seconds(30), seconds(60), 0.2};
    return std::make_unique<Outbox>(*outbox_store, key, mail, sms, policy, [this] { return now; },
                                    [] { return 0.0; });
  }
  std::string at(seconds offset) const { return iso_utc(start + offset); }
  OutboxEntry only(std::string_view state) {
    auto listed = outbox_store->messages(state, 10);
    EXPECT_EQ(listed.size(), 1u) << state;
    return listed.empty() ? OutboxEntry{} : listed.front();
  }
  // A message added directly to the store whose sender's hold lapsed at once.
  std::int64_t add_free(const std::string& channel) {
    return outbox_store->add({channel, "", key.seal("r"), key.seal("{}"), "", ""}, at(seconds(0)), at(seconds(0))).id;
  }

  test::TestStore store;
  std::unique_ptr<sql::SqlStore> sql;
  std::unique_ptr<sql::SqlOutboxStore> outbox_store;
  SecretKey key = SecretKey::generate();
  const std::chrono::system_clock::time_point start = std::chrono::system_clock::from_time_t(1772323200);  // 2026-03-01
  std::chrono::system_clock::time_point now = start;
};

TEST_F(OutboxStoreTest, TwoStoresRacingForTheQueueClaimEachMessageExactlyOnce) {
  auto other_sql = sql::open_sql_store(store.url(), 2);
  sql::SqlOutboxStore other(other_sql->pool());
  std::set<std::int64_t> added;
  for (int i = 0; i < 40; ++i) added.insert(add_free(i % 2 ? "mail" : "sms"));

  const std::string claim_at = at(seconds(1)), lease = at(seconds(121));
  auto drain = [&](OutboxStore& s, std::vector<std::int64_t>& got) {
    while (auto m = s.claim_due(claim_at, lease, "mail", "sms")) got.push_back(m->id);
  };
  std::vector<std::int64_t> first, second;
  std::thread a(drain, std::ref(*outbox_store), std::ref(first));
  std::thread b(drain, std::ref(other), std::ref(second));
  a.join();
  b.join();

  std::multiset<std::int64_t> claimed(first.begin(), first.end());
  claimed.insert(second.begin(), second.end());
  EXPECT_EQ(claimed.size(), added.size()) << "no message claimed twice, none left";
  EXPECT_EQ(std::set<std::int64_t>(claimed.begin(), claimed.end()), added);
  EXPECT_FALSE(other.claim_due(claim_at, lease, "mail", "sms")) << "all held until the lease ends";
}

TEST_F(OutboxStoreTest, ALapsedHoldPassesToAnotherSenderAndOnlyTheNewHolderRecordsTheOutcome) {
  const auto id = add_free("mail");
  const auto first = outbox_store->claim_due(at(seconds(1)), at(seconds(121)), "mail", "mail");
  ASSERT_TRUE(first);
  EXPECT_FALSE(outbox_store->claim_due(at(seconds(120)), at(seconds(240)), "mail", "mail")) << "held";
  const auto second = outbox_store->claim_due(at(seconds(122)), at(seconds(242)), "mail", "mail");
  ASSERT_TRUE(second);
  EXPECT_EQ(second->id, id);
  EXPECT_FALSE(outbox_store->mark_sent(id, first->claim, at(seconds(123))));
  EXPECT_TRUE(outbox_store->mark_sent(id, second->claim, at(seconds(123))));
  EXPECT_EQ(only("sent").id, id);
}

TEST_F(OutboxStoreTest, AFailedMessageIsRetriedOnTheBackoffScheduleAndDeadAfterTheLastAttempt) {
  FlakyMail transport(10);
  auto box = outbox(&transport);
  ASSERT_TRUE(box->mailer()->send({"ivanova@example.ru", "Напоминание", "Срок близко", {"deadline_reminder", "", ""}}));
  EXPECT_EQ(transport.calls, 1) << "the first attempt is made at once";

  auto waiting = only("pending");
  EXPECT_EQ(waiting.attempts, 1);
  EXPECT_EQ(waiting.next_attempt_at, at(seconds(30)));
  EXPECT_NE(waiting.last_error.find("451"), std::string::npos);

  // Due again at +30 s, then +60 s after each failure (the cap); nothing is tried early.
  const std::pair<int, int> attempts_by[] = {{29, 1}, {30, 2}, {89, 2}, {90, 3}, {149, 3}};  // seconds, attempts
  for (auto [moment, attempts] : attempts_by) {
    now = start + seconds(moment);
    box->send_due(10);
    EXPECT_EQ(transport.calls, attempts) << "at +" << moment << " s";
  }
  EXPECT_EQ(only("pending").next_attempt_at, at(seconds(150)));
  EXPECT_EQ(outbox_store->backlog().pending, 1);

  now = start + seconds(150);
  const auto report = box->send_due(10);
  EXPECT_EQ(report.dead, 1);
  EXPECT_EQ(transport.calls, 4);
  const auto dead = only("dead");
  EXPECT_EQ(dead.attempts, 4);
  EXPECT_EQ(dead.finished_at, at(seconds(150)));
  EXPECT_TRUE(dead.has_body) << "kept for an administrator to send again";
  EXPECT_EQ(key.open(dead.recipient_enc).value_or(""), "ivanova@example.ru");
  EXPECT_EQ(outbox_store->backlog().dead, 1);

  now = start + seconds(3600);
  box->send_due(10);
  EXPECT_EQ(transport.calls, 4) << "a dead message is not tried again by itself";
}

TEST_F(OutboxStoreTest, AMessageSentLaterForgetsItsRecipientAndBodyWhichWereNeverStoredInClear) {
  FlakyMail transport(1);
  auto box = outbox(&transport);
  ASSERT_TRUE(box->mailer()->send({"ivanova@example.ru", "Код для входа: 493817", "Ваш код: 493817", {}}));
  auto c = sql->pool().acquire();
  std::int64_t in_clear = -1;
  c->run("SELECT COUNT(*) AS n FROM outbox WHERE recipient_enc LIKE '%ivanova%' OR body_enc LIKE '%493817%' "
         "OR topic LIKE '%493817%' OR last_error LIKE '%ivanova%'",
         {}, [&](const sql::Row& r) { in_clear = r.i64("n"); });
  EXPECT_EQ(in_clear, 0);

  now = start + seconds(30);
  EXPECT_EQ(box->send_due(10).sent, 1);
  ASSERT_EQ(transport.accepted.size(), 1u);
  EXPECT_EQ(transport.accepted[0].to, "ivanova@example.ru");
  EXPECT_EQ(transport.accepted[0].subject, "Код для входа: 493817");
  EXPECT_EQ(transport.accepted[0].text, "Ваш код: 493817");
  const auto sent = only("sent");
  EXPECT_TRUE(sent.recipient_enc.empty());
  EXPECT_FALSE(sent.has_body);
  EXPECT_EQ(sent.attempts, 1);
  EXPECT_EQ(outbox_store->backlog().pending, 0);
}

TEST_F(OutboxStoreTest, ACodeThatExpiresBeforeItCouldBeSentIsDroppedUnsent) {
  FlakySms transport(10);
  auto box = outbox(nullptr, &transport);
  ASSERT_TRUE(box->sms()->send({"+79001234567", "Код: 493817", {"sign_in_code", at(seconds(100)), ""}}));
  now = start + seconds(30);
  box->send_due(10);
  EXPECT_EQ(transport.calls, 2);

  now = start + seconds(100);  // due again at +90, but the code has expired by now
  EXPECT_EQ(box->send_due(10).expired, 1);
  EXPECT_EQ(transport.calls, 2);
  const auto expired = only("expired");
  EXPECT_TRUE(expired.recipient_enc.empty());
  EXPECT_FALSE(expired.has_body);
  EXPECT_EQ(outbox_store->backlog().pending, 0);
}

TEST_F(OutboxStoreTest, ANewerCodeToTheSameContactReplacesTheOneStillWaiting) {
  FlakySms refusing(10);
  auto box = outbox(nullptr, &refusing);
  const Delivery code{"sign_in_code", at(seconds(600)), key.hash("code-to:phone:+79001234567")};
  ASSERT_TRUE(box->sms()->send({"+79001234567", "Код: 111111", code}));
  ASSERT_TRUE(box->sms()->send({"+79001234567", "Код: 222222", code}));
  ASSERT_TRUE(box->sms()->send({"+79007654321", "Код: 333333", {"sign_in_code", at(seconds(600)), key.hash("other")}}));
  EXPECT_EQ(only("superseded").has_body, false);

  FlakySms working(0);
  auto later = outbox(nullptr, &working);
  now = start + seconds(30);
  EXPECT_EQ(later->send_due(10).sent, 2);
  std::set<std::string> texts;
  for (const auto& m : working.accepted) texts.insert(m.text);
  EXPECT_EQ(texts, (std::set<std::string>{"Код: 222222", "Код: 333333"}));
}

TEST_F(OutboxStoreTest, OnlyChannelsWithATransportAreTakenTheOthersWait) {
  FlakyMail mail(0);
  auto box = outbox(&mail);
  add_free("sms");
  add_free("mail");
  now = start + seconds(1);
  const auto report = box->send_due(10);
  EXPECT_EQ(report.sent, 1);
  EXPECT_EQ(only("pending").channel, "sms");
}

TEST_F(OutboxStoreTest, ADeadMessageIsQueuedAgainWithItsAuditLineUntilItsBodyIsDeleted) {
  FlakyMail transport(10);
  auto box = outbox(&transport);
  ASSERT_TRUE(box->mailer()->send({"ivanova@example.ru", "Приглашение", "Ссылка", {}}));
  for (int moment : {30, 90, 150}) {
    now = start + seconds(moment);
    box->send_due(10);
  }
  const auto id = only("dead").id;
  const AuditEntry audit{0, "", 0, "", "outbox.resend", "outbox", std::to_string(id), "{}", "{}"};
  EXPECT_FALSE(outbox_store->requeue(id + 1, at(seconds(200)), audit));
  ASSERT_TRUE(outbox_store->requeue(id, at(seconds(200)), audit));
  sql::SqlStaffStore staff(sql->pool(), sql->cache_events());
  EXPECT_EQ(staff.audit_log(1, 0).at(0).action, "outbox.resend");
  const auto again = only("pending");
  EXPECT_EQ(again.attempts, 0);
  EXPECT_EQ(again.next_attempt_at, at(seconds(200)));
  EXPECT_FALSE(outbox_store->requeue(id, at(seconds(201)), audit)) << "waiting already";

  now = start + seconds(200);
  box->send_due(10);
  EXPECT_EQ(only("pending").attempts, 1) << "its attempts are counted afresh";
  for (int moment : {230, 290, 350}) {
    now = start + seconds(moment);
    box->send_due(10);
  }
  EXPECT_EQ(only("dead").attempts, 4);
  EXPECT_EQ(outbox_store->purge_dead(at(seconds(350))), 0) << "died at +350 s, not before";
  EXPECT_EQ(outbox_store->purge_dead(at(seconds(351))), 1);
  const auto purged = only("dead");
  EXPECT_TRUE(purged.recipient_enc.empty());
  EXPECT_FALSE(purged.has_body);
  EXPECT_FALSE(outbox_store->requeue(id, at(seconds(400)), audit)) << "nothing left to send";
}

TEST_F(OutboxStoreTest, AnExpiredDeadMessageCannotBeQueuedAgain) {
  FlakySms transport(10);
  OutboxPolicy policy;
  policy.retry.max_attempts = 1;
  Outbox box(*outbox_store, key, nullptr, &transport, policy, [this] { return now; });
  ASSERT_TRUE(box.sms()->send({"+79001234567", "Код: 493817", {"sign_in_code", at(seconds(600)), ""}}));
  const auto id = only("dead").id;
  const AuditEntry audit{0, "", 0, "", "outbox.resend", "outbox", std::to_string(id), "{}", "{}"};
  EXPECT_FALSE(outbox_store->requeue(id, at(seconds(600)), audit));
  EXPECT_TRUE(outbox_store->requeue(id, at(seconds(599)), audit));
}

}  // namespace
}  // namespace nok
