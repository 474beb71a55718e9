// Deadline reminders go by real SMTP to those who must act, once each, and one the mail
// server refused goes out on the outbox's next round.
#include "app/cycle/reminders.h"
#include "app/outbox/outbox.h"
#include "http/staff_site.h"
#include "store/sql/sql_outbox_store.h"

namespace nok {
namespace {

using test::StaffSite;

class CycleReminders : public StaffSite {
 protected:
  void create(const std::string& login, const std::string& role, const std::string& authority, const std::string& email) {
    ASSERT_TRUE(accounts().create({login, role, "", authority, "", email}, 0));
  }
  // The education department's cycle at the council since 10 January; returns a day a
  // month after the materials, before 1 December, when the council's decision is overdue.
  std::string council_decision_overdue() {
    auto c = stores->pool().acquire();
    const int year = current_year();
    c->run("UPDATE cycles SET state = 'council', submitted_at = $1 WHERE authority_id = "
           "(SELECT id FROM authorities WHERE name = $2)",
           {std::string_view(std::to_string(year) + "-01-10T09:00:00Z"), std::string_view("Департамент образования")});
    return std::to_string(year) + "-03-01";
  }
};

TEST_F(CycleReminders, AnOverdueCouncilDecisionIsMailedToTheCouncilOnce) {
  create("council", "council", "Департамент образования", "council@example.ru");
  create("silent", "council", "Департамент образования", "");
  create("elsewhere", "council", "Минздрав области", "other@example.ru");
  create("official", "official", "Департамент образования", "official@example.ru");
  const std::string today = council_decision_overdue();

  auto report = send_deadline_reminders(stores->cycles, stores->staff, *mailer, key, today, "http://nok.test");
  EXPECT_EQ(report.sent, 1);
  EXPECT_EQ(report.failed, 0);
  const auto mail = sink.messages(1);
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_NE(mail[0].find("council@example.ru"), std::string::npos);
  EXPECT_NE(mail[0].find("http://nok.test/cycles/"), std::string::npos);

  report = send_deadline_reminders(stores->cycles, stores->staff, *mailer, key, today, "http://nok.test");
  EXPECT_EQ(report.sent, 0);  // already reminded
  EXPECT_EQ(sink.messages(2).size(), 1u);
}

TEST_F(CycleReminders, AReminderTheMailServerRefusedIsSentOnTheOutboxsNextRound) {
  create("council", "council", "Департамент образования", "council@example.ru");
  const std::string today = council_decision_overdue();
  test::SmtpSink refusing_once(1);
  ASSERT_TRUE(refusing_once.running());
  const auto transport = make_mailer({.smtp_url = refusing_once.url()});
  sql::SqlOutboxStore outbox_store(stores->pool());
  auto now = std::chrono::system_clock::now();
  Outbox outbox(outbox_store, key, transport.get(), nullptr, {}, [&] { return now; });

  EXPECT_EQ(send_deadline_reminders(stores->cycles, stores->staff, *outbox.mailer(), key, today, "http://nok.test").sent, 1);
  const auto waiting = outbox_store.messages("pending", 10);
  ASSERT_EQ(waiting.size(), 1u) << "refused, kept";
  EXPECT_EQ(waiting[0].topic, "deadline_reminder");

  now += std::chrono::seconds(30);
  EXPECT_EQ(outbox.send_due(10).sent, 1);
  const auto mail = refusing_once.messages(1);
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_NE(mail[0].find("council@example.ru"), std::string::npos);
  EXPECT_EQ(send_deadline_reminders(stores->cycles, stores->staff, *outbox.mailer(), key, today, "http://nok.test").sent, 0)
      << "still reminded once";
}

}  // namespace
}  // namespace nok
