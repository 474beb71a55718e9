// Invitations after a service on both engines: a list in, one message per person out at a
// day hour of their region, the link signing them in, their answer marked as a confirmed
// recipient's, the opt-out honoured for every organisation, the end of the cycle, and the
// claim that keeps a message from going twice.
#include <gtest/gtest.h>

#include <mutex>
#include <set>

#include "app/invitation/invitation_link.h"
#include "app/invitation/invitation_sender.h"
#include "app/survey/submit_survey.h"
#include "app/methodology/edition_catalog.h"
#include "store/staff_fixture.h"
#include "support/burst.h"

namespace nok {
namespace {

using Clock = std::chrono::system_clock;

class Recording final : public Mailer, public SmsSender {
 public:
  Result<Ok> send(const MailMessage& m) override {
    std::lock_guard lock(mutex);
    if (refuse) return Error{"mail_unavailable", "отказ"};
    mail.push_back(m);
    return Ok{};
  }
  Result<Ok> send(const SmsMessage& m) override {
    std::lock_guard lock(mutex);
    sms.push_back(m);
    return Ok{};
  }
  std::mutex mutex;
  bool refuse = false;
  std::vector<MailMessage> mail;
  std::vector<SmsMessage> sms;
};

// Midday in Moscow today: the school (region 77) is awake.
Clock::time_point moscow_noon() {
  const auto today = std::chrono::floor<std::chrono::days>(Clock::now());
  return today + std::chrono::hours(9);
}

csv::Table list(const std::string& rows) {
  return csv::parse("contact,service_date,consent_at,consent_place,consent_version\n" + rows).value();
}

class InvitationsTest : public test::StaffFixture {
 protected:
  void SetUp() override {
    StaffFixture::SetUp();
    if (IsSkipped()) return;
    school = *store->find_organisation("school");
    clinic = *store->find_organisation("clinic");
  }

  Invitations invitations() {
    InvitationPolicy policy;
    policy.delay = std::chrono::hours(0);
    return Invitations(*store, stores->invitations, key, policy, [this] { return now; });
  }
  InvitationSender sender() {
    InvitationPolicy policy;
    policy.delay = std::chrono::hours(0);
    InvitationSending sending;
    sending.public_url = "https://nok.example";
    return InvitationSender(*store, stores->invitations, key, &transport, &transport, policy, sending,
                            [this] { return now; });
  }
  std::string yesterday() const {
    return iso_utc(now - std::chrono::hours(24)).substr(0, 10);
  }
  std::string token_in(const std::string& text) {
    const auto at = text.find("/i/");
    return text.substr(at + 3, text.find_first_of(" \n/", at + 3) - at - 3);
  }

  Clock::time_point now = moscow_noon();
  SecretKey key = SecretKey::generate();
  Recording transport;
  Organisation school, clinic;
};

TEST_F(InvitationsTest, AListIsSentOncePerPersonAndTheLinkSignsTheRecipientIn) {
  const auto added = invitations().add_list(
      school,
      list("ivan@example.ru," + yesterday() + ",2026-01-10,регистратура,v1\n"
           "+7 900 123-45-67," + yesterday() + ",2026-01-10,регистратура,v1\n"),
      7);
  ASSERT_TRUE(added.errors.empty()) << describe(added.errors.front());
  EXPECT_EQ(added.added.added, 2);
  // The same person again in a later list is skipped, not invited twice.
  const auto again = invitations().add_list(school, list("IVAN@example.ru," + yesterday() + ",2026-01-10,регистратура,v1\n"), 7);
  EXPECT_EQ(again.added.added, 0);
  EXPECT_EQ(again.added.already_invited, 1);

  auto report = sender().send_due(100);
  EXPECT_EQ(report.sent, 2);
  ASSERT_EQ(transport.mail.size(), 1u);
  ASSERT_EQ(transport.sms.size(), 1u);
  EXPECT_EQ(transport.mail[0].to, "ivan@example.ru");
  EXPECT_NE(transport.mail[0].unsubscribe_url.find("/stop"), std::string::npos);
  EXPECT_EQ(transport.sms[0].phone, "+79001234567");
  EXPECT_EQ(sender().send_due(100).attempted(), 0);  // nothing twice

  const auto token = token_in(transport.mail[0].text);
  const auto session = invitations().accept(token);
  ASSERT_TRUE(session) << session.error().message;
  EXPECT_EQ(invitations().accept(token).error().code, "invitation_used");  // a forwarded link signs nobody in
  auto funnel = stores->invitations.funnel(school.id, store->assessment_of("school", year)->cycle_id);
  EXPECT_EQ(funnel.sent, 2);
  EXPECT_EQ(funnel.opened, 1);

  // The answer of the invited person counts as a confirmed recipient's and ends the invitation.
  const std::vector<Field> answers{{"stand_used", "0"}, {"site_used", "0"}, {"comfort_ok", "1"}, {"disabled", "0"},
                                   {"contact_polite", "1"}, {"staff_polite", "1"}, {"remote_used", "0"},
                                   {"recommend", "1"}, {"conditions_ok", "1"}, {"overall_ok", "1"}};
  const auto submitted = submit_survey(*store, shipped_editions(), key,
                                       {"school", answers, survey::Channel::web, session->citizen_id, "inv-1", ""});
  ASSERT_TRUE(submitted.errors.empty()) << describe(submitted.errors.front());
  funnel = stores->invitations.funnel(school.id, store->assessment_of("school", year)->cycle_id);
  EXPECT_EQ(funnel.answered, 1);
  std::int64_t confirmed = -1;
  stores->pool().acquire()->run("SELECT confirmed_recipient FROM responses WHERE id = $1",
                                {submitted.outcome.response_id},
                                [&](const sql::Row& r) { confirmed = r.i64("confirmed_recipient"); });
  EXPECT_EQ(confirmed, 1);
  // The link is spent: it no longer signs in, and the contact is gone.
  EXPECT_EQ(invitations().accept(token).error().code, "invitation_answered");
  EXPECT_TRUE(stores->invitations.find(*invitation_token_id(token))->contact_enc.empty());
}

TEST_F(InvitationsTest, ATamperedOrGuessedLinkOpensNothing) {
  ASSERT_TRUE(invitations().add_list(school, list("a@example.ru," + yesterday() + ",2026-01-10,касса,v1\n"), 7).errors.empty());
  (void)sender().send_due(10);
  const auto token = token_in(transport.mail.at(0).text);
  auto altered = token;
  altered.back() = altered.back() == '0' ? '1' : '0';
  for (const auto& bad : {altered, std::string("1-abc"), std::string(""), token.substr(0, token.find('-')) + "-" +
                                                                              std::string(24, '0')}) {
    EXPECT_EQ(invitations().accept(bad).error().code, "invitation_not_found") << bad;
    EXPECT_EQ(invitations().opt_out(bad).error().code, "invitation_not_found") << bad;
  }
}

TEST_F(InvitationsTest, AnOptOutStopsEveryOrganisationsInvitationsAtOnce) {
  const std::string row = "b@example.ru," + yesterday() + ",2026-01-10,касса,v1\n";
  ASSERT_TRUE(invitations().add_list(school, list(row), 7).errors.empty());
  (void)sender().send_due(10);
  now += std::chrono::hours(1);
  ASSERT_TRUE(invitations().add_list(clinic, list(row), 8).errors.empty());  // not sent yet
  ASSERT_TRUE(invitations().opt_out(token_in(transport.mail.at(0).text)));
  transport.mail.clear();
  now += std::chrono::days(4);  // the school's reminder would be due
  EXPECT_EQ(sender().send_due(10).attempted(), 0);
  EXPECT_TRUE(transport.mail.empty());
  // And a new list does not reach the person either — though the organisation is not told why.
  const auto later = invitations().add_list(school, list(row), 7);
  EXPECT_EQ(later.added.added, 0);
  EXPECT_EQ(later.invited(), 0);  // the school invited this person already
  (void)store->upsert_organisations({test::staff_test_organisation("museum", "Музей", "77", "Департамент образования")});
  store->include_in_cycle(store->assessment_of("school", year)->cycle_id, {{"museum", 10}});
  const auto elsewhere = invitations().add_list(*store->find_organisation("museum"), list(row), 7);
  EXPECT_EQ(elsewhere.invited(), 1);
  EXPECT_EQ(elsewhere.added.opted_out, 1);
  EXPECT_EQ(sender().send_due(10).attempted(), 0);
  EXPECT_EQ(stores->invitations.funnel(clinic.id, store->assessment_of("clinic", year)->cycle_id).opted_out, 1);
}

TEST_F(InvitationsTest, OneReminderAtMostAndNeverAtNight) {
  ASSERT_TRUE(invitations().add_list(school, list("c@example.ru," + yesterday() + ",2026-01-10,касса,v1\n"), 7).errors.empty());
  EXPECT_EQ(sender().send_due(10).sent, 1);
  now += std::chrono::days(3) + std::chrono::hours(10);  // 22:00 in Moscow: quiet
  EXPECT_EQ(sender().send_due(10).attempted(), 0);
  now += std::chrono::hours(12);  // 10:00 next morning
  EXPECT_EQ(sender().send_due(10).reminded, 1);
  now += std::chrono::days(10);
  EXPECT_EQ(sender().send_due(10).attempted(), 0);
  EXPECT_EQ(transport.mail.size(), 2u);
}

TEST_F(InvitationsTest, AListWithABadLineAddsNothingAndNamesTheLine) {
  const auto outcome = invitations().add_list(
      school,
      list("d@example.ru," + yesterday() + ",2026-01-10,касса,v1\n"
           "+44 20 7946 0958," + yesterday() + ",2026-01-10,касса,v1\n"
           "not-an-address," + yesterday() + ",2026-01-10,касса,v1\n"
           "d@example.ru," + yesterday() + ",2026-01-10,касса,v1\n"
           "e@example.ru," + yesterday() + ",,касса,v1\n"
           "f@example.ru," + yesterday() + ",2026-01-10,=HYPERLINK(\"x\"),v1\n"),
      7);
  std::set<int> lines;
  for (const auto& e : outcome.errors) lines.insert(e.line);
  EXPECT_EQ(lines, (std::set<int>{3, 4, 5, 6, 7}));
  EXPECT_EQ(stores->invitations.funnel(school.id, store->assessment_of("school", year)->cycle_id).total, 0);
  const auto no_consent = invitations().add_list(
      school, csv::parse("contact,service_date\nd@example.ru," + yesterday() + "\n").value(), 7);
  ASSERT_FALSE(no_consent.errors.empty());
  EXPECT_EQ(no_consent.errors.front().code, "invitation_missing_column");
}

TEST_F(InvitationsTest, ARacingBurstOfSendersSendsEachInvitationOnce) {
  std::string rows;
  for (int i = 0; i < 60; ++i) rows += "p" + std::to_string(i) + "@example.ru," + yesterday() + ",2026-01-10,касса,v1\n";
  ASSERT_TRUE(invitations().add_list(school, list(rows), 7).errors.empty());
  test::burst(4, [&](int) {
    auto s = sender();
    (void)s.send_due(1000);
  });
  std::set<std::string> to;
  for (const auto& m : transport.mail) to.insert(m.to);
  EXPECT_EQ(transport.mail.size(), 60u);
  EXPECT_EQ(to.size(), 60u);
}

TEST_F(InvitationsTest, ASenderThatStoppedMidBatchLeavesItUnconfirmedNeverSentAgain) {
  ASSERT_TRUE(invitations().add_list(school, list("g@example.ru," + yesterday() + ",2026-01-10,касса,v1\n"), 7).errors.empty());
  // A claim whose holder died: committed as sending, never recorded.
  const auto held = stores->invitations.claim_due(iso_utc(now), iso_utc(now + std::chrono::minutes(2)), {3}, ",mail,", 10);
  ASSERT_EQ(held.size(), 1u);
  now += std::chrono::minutes(5);
  EXPECT_EQ(sender().send_due(10).attempted(), 0);
  EXPECT_TRUE(transport.mail.empty());
  EXPECT_EQ(stores->invitations.funnel(school.id, store->assessment_of("school", year)->cycle_id).unconfirmed, 1);
}

TEST_F(InvitationsTest, TheEndOfTheCycleEndsItsInvitationsAndErasesTheContacts) {
  ASSERT_TRUE(invitations().add_list(school, list("h@example.ru," + yesterday() + ",2026-01-10,касса,v1\n"), 7).errors.empty());
  run_sql("UPDATE cycles SET state = 'council'");
  EXPECT_EQ(sender().send_due(10).expired, 1);
  EXPECT_TRUE(transport.mail.empty());
}

TEST_F(InvitationsTest, AnOrganisationOutsideTheYearsAssessmentInvitesNobody) {
  (void)store->upsert_organisations({test::staff_test_organisation("library", "Библиотека", "77", "Департамент культуры")});
  const auto outcome = invitations().add_list(*store->find_organisation("library"),
                                              list("i@example.ru," + yesterday() + ",2026-01-10,касса,v1\n"), 7);
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_EQ(outcome.errors.front().code, "invitation_not_in_cycle");
}

}  // namespace
}  // namespace nok
