#include "app/feedback/feedback_target.h"

#include "app/idempotency/idempotency_key.h"
#include "core/time.h"

namespace nok {

PostLimit daily_limit(int per_day) {
  return {per_day, iso_utc(std::chrono::system_clock::now() - std::chrono::hours(24))};
}

void store_feedback(Store& store, NewFeedback write, FeedbackReply reply, int per_day, std::string posts) {
  store.submit_feedback(std::move(write), [reply = std::move(reply), per_day, posts = std::move(posts)](
                                              std::exception_ptr error, StoredFeedback outcome) {
    if (error || !outcome.over_limit) return reply(error, FeedbackResult{{}, std::move(outcome)});
    reply(nullptr, refused(ErrorKind::rate_limited, "too_many_posts",
                           "С одной учётной записи можно отправить не больше " + std::to_string(per_day) + " " + posts +
                               " за сутки. Попробуйте завтра."));
  });
}

void refuse(const FeedbackReply& reply, FeedbackResult refusal) { reply(nullptr, std::move(refusal)); }

FeedbackResult refused(ErrorKind kind, std::string code, std::string message) {
  FeedbackResult result;
  result.errors.push_back(refusal(kind, std::move(code), std::move(message)));
  return result;
}

FeedbackResult invalid(Errors errors) {
  FeedbackResult result;
  result.errors = std::move(errors);
  return result;
}

FeedbackTarget find_target(Store& store, const FeedbackRequest& request, bool needs_cycle) {
  FeedbackTarget target;
  if (request.citizen_id == 0) {
    target.refusal = refused(ErrorKind::unauthorized, "unauthorized", "Войдите по коду из письма, чтобы оставить своё мнение");
    return target;
  }
  if (auto error = idempotency_key_error(request.idempotency_key)) {
    target.refusal.errors.push_back(std::move(*error));
    return target;
  }
  target.org = store.find_organisation(request.org_code);
  if (!target.org) {
    target.refusal = refused(ErrorKind::not_found, "organisation_not_found", "Организация не найдена");
    return target;
  }
  target.assessment = store.assessment_of(target.org->code, current_year());
  if (needs_cycle && !target.assessment)
    target.refusal = refused(ErrorKind::conflict, "not_in_cycle",
                             "Эта организация не участвует в независимой оценке в " + std::to_string(current_year()) +
                                 " году, поэтому оценки сейчас не принимаются. Вы можете оставить отзыв или обращение.");
  return target;
}

}  // namespace nok
