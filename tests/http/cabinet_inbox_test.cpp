// The cabinet's inbox over HTTP: appeals with their due dates and the one-time answer that
// is mailed to the author; reviews with the public answer shown on the organisation page.
// Every answer is audited; refused ones change nothing.
#include "http/staff_site.h"
#include "support/feedback_waits.h"

namespace nok {
namespace {

using test::StaffSite;

class CabinetInbox : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    staff = signed_in(account("ivanova", "org_staff", "school"));
    citizen = store->upsert_citizen("login-hash", key.seal("citizen@example.ru"));
  }

  std::int64_t appeal(const std::string& org, const std::string& subject, const std::string& due_at) {
    return submit_appeal(*store, {{org, citizen, ""}, subject, "Текст обращения: " + subject, due_at}).id;
  }
  std::int64_t review(const std::string& text, const std::string& held_for = "") {
    return submit_review(*store, {{"school", citizen, ""}, text, held_for}).id;
  }
  std::string appeal_url(std::int64_t id) { return "/cabinet/school/appeals/" + std::to_string(id); }
  std::size_t audit_lines(const std::string& action) {
    std::size_t n = 0;
    for (const auto& e : stores->staff.audit_log(1000, 0)) n += e.action == action;
    return n;
  }

  Browser staff;
  std::int64_t citizen = 0;
};

TEST_F(CabinetInbox, AppealsAreListedEarliestDueFirstWithOverdueOnesMarked) {
  appeal("school", "Поздний срок", "2099-12-01T00:00:00Z");
  appeal("school", "Просроченное", "2020-01-01T00:00:00Z");
  appeal("clinic", "Чужое обращение", "2099-01-01T00:00:00Z");
  auto page = get("/cabinet/school/appeals", staff.cookie);
  ASSERT_EQ(page.status, 200);
  const auto late = page.body.find("Поздний срок"), overdue = page.body.find("Просроченное");
  ASSERT_NE(overdue, std::string::npos);
  EXPECT_LT(overdue, late);
  EXPECT_TRUE(contains(page, "class=\"overdue\""));
  EXPECT_TRUE(contains(page, "<strong>просрочено</strong>"));
  EXPECT_TRUE(contains(page, "01.12.2099"));
  EXPECT_FALSE(contains(page, "Чужое обращение"));
}

TEST_F(CabinetInbox, AnAppealIsAnsweredOnceMailedToItsAuthorAndAudited) {
  const auto id = appeal("school", "Пандус", "2099-01-01T00:00:00Z");
  auto page = get(appeal_url(id), staff.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Текст обращения: Пандус"));
  EXPECT_FALSE(contains(page, "citizen@example.ru"));  // never the citizen's contact data

  auto answered = post(staff, appeal_url(id) + "/answer", "answer=" + encode("Установим в мае"));
  ASSERT_EQ(answered.status, 303) << answered.body;
  EXPECT_EQ(header(answered, "Location"), appeal_url(id) + "?answered=1");
  EXPECT_EQ(store->find_appeal(id)->answer, "Установим в мае");
  const auto mail = sink.messages(1);
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_NE(mail[0].find("citizen@example.ru"), std::string::npos);
  EXPECT_EQ(audit_lines("appeal.answer"), 1u);
  EXPECT_TRUE(contains(get(appeal_url(id), staff.cookie), "Установим в мае"));

  auto twice = post(staff, appeal_url(id) + "/answer", "answer=" + encode("Другой ответ"));
  EXPECT_EQ(twice.status, 409);
  EXPECT_TRUE(contains(twice, "уже дан ответ"));
  EXPECT_EQ(store->find_appeal(id)->answer, "Установим в мае");
  EXPECT_EQ(audit_lines("appeal.answer"), 1u);
}

TEST_F(CabinetInbox, EmptyOversizedAndOtherOrganisationsAnswersAreRefused) {
  const auto id = appeal("school", "Очередь", "2099-01-01T00:00:00Z");
  auto empty = post(staff, appeal_url(id) + "/answer", "answer=" + encode("   "));
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(contains(empty, "href=\"#answer\""));
  auto oversized = post(staff, appeal_url(id) + "/answer", "answer=" + std::string(5001, 'a'));
  EXPECT_EQ(oversized.status, 422);
  EXPECT_TRUE(contains(oversized, "длиннее 5000"));
  EXPECT_EQ(input_value(oversized.body, "answer"), "");  // a textarea: the typed text is inside it
  EXPECT_TRUE(contains(oversized, std::string(5001, 'a')));

  const auto theirs = appeal("clinic", "Чужое", "2099-01-01T00:00:00Z");
  EXPECT_EQ(get("/cabinet/school/appeals/" + std::to_string(theirs), staff.cookie).status, 404);
  EXPECT_EQ(post(staff, "/cabinet/school/appeals/" + std::to_string(theirs) + "/answer", "answer=x").status, 404);
  EXPECT_EQ(post(staff, "/cabinet/clinic/appeals/" + std::to_string(theirs) + "/answer", "answer=x").status, 404);
  EXPECT_EQ(get("/cabinet/school/appeals/abc", staff.cookie).status, 404);
  EXPECT_EQ(store->find_appeal(id)->answer, "");
  EXPECT_EQ(store->find_appeal(theirs)->answer, "");
  EXPECT_EQ(audit_lines("appeal.answer"), 0u);
}

TEST_F(CabinetInbox, ReviewsShowTheirStatusAndThePublicAnswerAppearsOnTheOrganisationPage) {
  const auto published = review("Библиотека без пандуса");
  review("Звоните мне +7 900 000-00-00", "personal_data");
  auto page = get("/cabinet/school/reviews", staff.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Библиотека без пандуса"));
  EXPECT_TRUE(contains(page, "на проверке у модератора"));
  EXPECT_FALSE(contains(page, "+7 900"));  // a held text stays with the moderator

  const std::string url = "/cabinet/school/reviews/" + std::to_string(published) + "/answer";
  auto empty = post(staff, url, "answer=");
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(contains(empty, "href=\"#answer-" + std::to_string(published) + "\""));
  auto answered = post(staff, url, "answer=" + encode("Пандус заказан"));
  ASSERT_EQ(answered.status, 303);
  EXPECT_TRUE(contains(get("/o/school", ""), "Пандус заказан"));
  EXPECT_EQ(audit_lines("review.answer"), 1u);

  auto other = signed_in(account("petrov", "org_staff", "clinic"));
  EXPECT_EQ(post(other, "/cabinet/clinic/reviews/" + std::to_string(published) + "/answer", "answer=x").status, 404);
  EXPECT_EQ(store->find_review(published)->answer, "Пандус заказан");
}

}  // namespace
}  // namespace nok
