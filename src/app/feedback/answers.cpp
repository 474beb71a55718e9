#include "app/feedback/answers.h"

#include "app/auth/contact.h"
#include "app/staff/audit.h"
#include "core/time.h"
#include "domain/feedback/records.h"

namespace nok {
namespace {

AnswerResult refused(int status, std::string code, std::string message) {
  AnswerResult result;
  result.status = status;
  result.errors.push_back({std::move(code), std::move(message), 0, "answer"});
  return result;
}

std::string letter(const Appeal& appeal, std::string_view answer, std::string_view public_url) {
  return "Здравствуйте!\n\nОрганизация «" + appeal.head.org_name + "» ответила на ваше обращение «" + appeal.subject +
         "» от " + day_text(appeal.head.created_at) + ".\n\nОтвет:\n" + std::string(answer) +
         "\n\nОбращение и ответ можно прочитать на сайте: " + std::string(public_url) + "/me/appeals/" +
         std::to_string(appeal.head.id) + "\n\nЭто письмо отправлено автоматически, отвечать на него не нужно.";
}

// The audit line of an answer: the answer before (empty for the first) and after.
AuditEntry answer_audit(std::int64_t user_id, std::string_view object_type, std::int64_t id,
                        const std::string& before, const std::string& after) {
  boost::json::object was;
  if (!before.empty()) was["answer"] = before;
  return audit_entry(user_id, std::string(object_type) + ".answer", object_type, std::to_string(id), was,
                     {{"answer", after}});
}

}  // namespace

AnswerResult answer_review(FeedbackStore& store, std::string_view organisation_code, std::int64_t review_id,
                           std::string_view text, std::int64_t user_id) {
  auto parsed = feedback::parse_answer(text);
  if (!parsed.errors.empty()) return {std::move(parsed.errors), 422};
  const auto review = store.find_review(review_id);
  if (!review || !store.answer_review(organisation_code, review_id, parsed.record, user_id,
                                      answer_audit(user_id, "review", review_id, review->answer, parsed.record)))
    return refused(404, "review_not_found", "Среди опубликованных отзывов об организации такого нет");
  return {};
}

AnswerResult answer_appeal(FeedbackStore& store, const AppealMail& mail, std::string_view organisation_code,
                           std::int64_t appeal_id, std::string_view text, std::int64_t user_id) {
  auto parsed = feedback::parse_answer(text);
  if (!parsed.errors.empty()) return {std::move(parsed.errors), 422};
  auto appeal = store.find_appeal(appeal_id);
  if (!appeal || appeal->head.org_code != organisation_code)
    return refused(404, "appeal_not_found", "Среди обращений в организацию такого нет");
  if (!store.answer_appeal(appeal_id, parsed.record, user_id,
                           answer_audit(user_id, "appeal", appeal_id, appeal->answer, parsed.record)))
    return refused(409, "appeal_already_answered", "На это обращение уже дан ответ");

  AnswerResult result;
  const auto contact = mail.key.open(store.citizen_contact(appeal->citizen_id));
  if (!contact) return result;  // signed in through an identity provider: nothing to write to
  const Delivery delivery{"appeal_answer", "", ""};
  if (normalise_email(*contact)) {
    result.notified = mail.mailer && mail.mailer
                                         ->send({*contact, "Ответ на ваше обращение в " + appeal->head.org_name,
                                                 letter(*appeal, parsed.record, mail.public_url), delivery})
                                         .has_value();
  } else if (auto phone = normalise_phone(*contact); phone && mail.sms) {
    // An SMS is short: it says there is an answer and where to read it.
    result.notified = mail.sms
                          ->send({*phone,
                                  "«" + appeal->head.org_name + "» ответила на ваше обращение: " + mail.public_url +
                                      "/me/appeals/" + std::to_string(appeal->head.id),
                                  delivery})
                          .has_value();
  }
  if (result.notified) store.mark_appeal_notified(appeal_id);
  return result;
}

}  // namespace nok
