// Deadline reminders go by real SMTP to those who must act, once each.
#include "app/cycle/reminders.h"
#include "http/staff_site.h"

namespace nok {
namespace {

using test::StaffSite;

class CycleReminders : public StaffSite {
 protected:
  void create(const std::string& login, const std::string& role, const std::string& authority, const std::string& email) {
    ASSERT_TRUE(accounts().create({login, role, "", authority, "", email}, 0));
  }
};

TEST_F(CycleReminders, AnOverdueCouncilDecisionIsMailedToTheCouncilOnce) {
  create("council", "council", "Департамент образования", "council@example.ru");
  create("silent", "council", "Департамент образования", "");
  create("elsewhere", "council", "Минздрав области", "other@example.ru");
  create("official", "official", "Департамент образования", "official@example.ru");
  auto c = stores->pool().acquire();
  const int year = current_year();
  c->run("UPDATE cycles SET state = 'council', submitted_at = $1 WHERE authority_id = "
         "(SELECT id FROM authorities WHERE name = $2)",
         {std::string_view(std::to_string(year) + "-01-10T09:00:00Z"), std::string_view("Департамент образования")});
  const std::string today = std::to_string(year) + "-03-01";  // a month after the materials, before 1 December

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

}  // namespace
}  // namespace nok
