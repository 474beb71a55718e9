// Appeals and comments on measures over both engines; the answer's e-mail through a
// recording mailer (tests/http sends it over real SMTP).
#include "app/feedback/answers.h"
#include "store/feedback_fixture.h"
#include "store/sql/sql_store.h"
#include "support/error_kind.h"
#include "support/feedback_waits.h"

namespace nok::test {
namespace {

class RecordingMailer : public Mailer {
 public:
  Result<Ok> send(const MailMessage& message) override {
    if (broken) return Error{"mail_unavailable", "почта недоступна"};
    sent.push_back(message);
    return Ok{};
  }
  std::vector<MailMessage> sent;
  bool broken = false;
};

class Appeals : public FeedbackStore {
 protected:
  std::int64_t file(const char* subject, const char* text, const std::string& key_text) {
    auto r = file_appeal(*store, request("old1", alice, {{"subject", subject}, {"text", text}}, key_text));
    EXPECT_TRUE(r.errors.empty()) << (r.errors.empty() ? "" : describe(r.errors[0]));
    return r.outcome.id;
  }

  // Plans come with the staff workspace; until then the test writes one directly.
  std::vector<std::int64_t> publish_plan(const std::string& code) {
    auto raw = sql::open_sql_store(store.url(), 1);
    auto c = raw->pool().acquire();
    const std::int64_t plan = 1000;
    c->run("INSERT INTO plans (id, organisation_id, cycle_id, published_at, created_at) "
           "SELECT $1, id, $2, '2026-03-01T00:00:00Z', '2026-02-01T00:00:00Z' FROM organisations WHERE code = $3",
           {plan, cycle, std::string_view(code)});
    for (std::int64_t item : {1001, 1002})
      c->run("INSERT INTO plan_items (id, plan_id, criterion, deficiency, measure, planned_date, responsible_name, "
             "responsible_position) VALUES ($1, $2, 2, 'Нет питьевой воды', $3, '2026-06-01', 'Иванова И. И.', 'директор')",
             {item, plan, std::string_view(item == 1001 ? "Поставить кулер" : "Открыть буфет")});
    return {1001, 1002};
  }

  RecordingMailer mailer;
  AppealMail mail{&mailer, key, "https://nok.example.ru"};
};

TEST_F(Appeals, AnAppealIsDueInThirtyDaysAndOnlyItsAuthorHasIt) {
  const auto id = file("Пандус", "Нет пандуса у входа", "f1");
  auto appeal = store->find_appeal(id);
  ASSERT_TRUE(appeal);
  EXPECT_EQ(appeal->head.status, "new");
  EXPECT_EQ(appeal->citizen_id, alice);
  const auto in_30_days = iso_utc(std::chrono::system_clock::now() + std::chrono::days(30));
  EXPECT_EQ(appeal->due_at.substr(0, 10), in_30_days.substr(0, 10));
  EXPECT_EQ(store->citizen_activity(alice, 10).appeals.size(), 1u);
  EXPECT_TRUE(store->citizen_activity(bob, 10).appeals.empty());
  EXPECT_FALSE(store->find_appeal(id + 1));
}

TEST_F(Appeals, BadAppealsAreRefused) {
  auto no_subject = file_appeal(*store, request("old1", alice, {{"text", "Текст"}}, "b1"));
  EXPECT_EQ(no_subject.errors.at(0).code, "appeal_missing_field");
  EXPECT_EQ(no_subject.errors.at(0).column, "subject");
  auto two_lines = file_appeal(*store, request("old1", alice, {{"subject", "Тема\nBcc: x@y.z"}, {"text", "Т"}}, "b2"));
  EXPECT_EQ(two_lines.errors.at(0).code, "appeal_multiline_subject");
  auto unknown = file_appeal(*store, request("old1", alice, {{"subject", "Т"}, {"text", "Т"}, {"to", "x"}}, "b3"));
  EXPECT_EQ(unknown.errors.at(0).code, "appeal_unknown_key");
  EXPECT_EQ(kind_of(file_appeal(*store, request("nope", alice, {{"subject", "Т"}, {"text", "Т"}}, "b4")).errors), "not_found");
  EXPECT_TRUE(store->citizen_activity(alice, 10).appeals.empty());
}

TEST_F(Appeals, TheAnswerIsStoredOnceAndMailedToTheAuthor) {
  const auto id = file("Пандус", "Нет пандуса у входа", "m1");
  auto answered = answer_appeal(*store, mail, "old1", id, "Пандус установят в мае", 0);
  ASSERT_TRUE(answered.errors.empty());
  EXPECT_TRUE(answered.notified);
  ASSERT_EQ(mailer.sent.size(), 1u);
  EXPECT_EQ(mailer.sent[0].to, "alice@example.ru");
  EXPECT_NE(mailer.sent[0].text.find("Пандус установят в мае"), std::string::npos);
  EXPECT_NE(mailer.sent[0].text.find("https://nok.example.ru/me/appeals/" + std::to_string(id)), std::string::npos);
  auto appeal = store->find_appeal(id);
  EXPECT_EQ(appeal->head.status, "answered");
  EXPECT_EQ(appeal->answer, "Пандус установят в мае");

  auto again = answer_appeal(*store, mail, "old1", id, "Другой ответ", 0);
  EXPECT_EQ(kind_of(again.errors), "conflict");
  EXPECT_EQ(mailer.sent.size(), 1u);
  EXPECT_EQ(store->find_appeal(id)->answer, "Пандус установят в мае");
}

TEST_F(Appeals, AnotherOrganisationCannotAnswer) {
  const auto id = file("Пандус", "Нет пандуса", "n1");
  EXPECT_EQ(kind_of(answer_appeal(*store, mail, "lib1", id, "Не наше", 0).errors), "not_found");
  EXPECT_EQ(store->find_appeal(id)->head.status, "new");
}

TEST_F(Appeals, AFailedLetterKeepsTheAnswerOnTheSite) {
  const auto id = file("Пандус", "Нет пандуса", "x1");
  mailer.broken = true;
  auto r = answer_appeal(*store, mail, "old1", id, "Установим", 0);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_FALSE(r.notified);
  EXPECT_EQ(store->citizen_activity(alice, 10).appeals.at(0).answer, "Установим");
}

TEST_F(Appeals, CommentsOnMeasuresNameAnItemOfThePublishedPlanOrNone) {
  EXPECT_TRUE(store->published_plan("lib1").empty());
  const auto items = publish_plan("lib1");
  auto plan = store->published_plan("lib1");
  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(plan[0].measure, "Поставить кулер");

  const std::string item = std::to_string(items[0]);
  auto on_item = comment_on_measures(*store, request("lib1", alice, {{"plan_item", item}, {"text", "Кулер есть"}}, "c1"));
  ASSERT_TRUE(on_item.errors.empty());
  auto general = comment_on_measures(*store, request("lib2", alice, {{"plan_item", ""}, {"text", "Ничего не изменилось"}}, "c2"));
  ASSERT_TRUE(general.errors.empty());
  auto elsewhere = comment_on_measures(*store, request("lib2", alice, {{"plan_item", item}, {"text", "Чужой план"}}, "c3"));
  EXPECT_EQ(elsewhere.errors.at(0).code, "measures_bad_item");
  EXPECT_EQ(kind_of(comment_on_measures(*store, request("lib1", alice, {{"plan_item", "abc"}, {"text", "т"}}, "c4")).errors), "invalid");
  EXPECT_EQ(comment_on_measures(*store, request("lib1", alice, {{"plan_item", item}}, "c5")).errors.at(0).code,
            "measures_missing_field");

  auto mine = store->citizen_activity(alice, 10).measure_feedback;
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0].measure, "");
  EXPECT_EQ(mine[1].measure, "Поставить кулер");
  EXPECT_EQ(mine[1].text, "Кулер есть");
}

}  // namespace
}  // namespace nok::test
