#include "app/feedback/feedback_target.h"

#include "app/idempotency/idempotency_key.h"
#include "core/time.h"

namespace nok {

PostLimit daily_limit(int per_day) {
  return {per_day, iso_utc(std::chrono::system_clock::now() - std::chrono::hours(24))};
}

FeedbackResult posted(const StoredFeedback& outcome, int per_day, std::string_view posts) {
  if (outcome.over_limit)
    return refused(429, "too_many_posts",
                   "С одной учётной записи можно отправить не больше " + std::to_string(per_day) + " " +
                       std::string(posts) + " за сутки. Попробуйте завтра.");
  FeedbackResult result;
  result.outcome = outcome;
  return result;
}

FeedbackResult refused(int status, std::string code, std::string message, std::string field) {
  FeedbackResult result;
  result.status = status;
  result.errors.push_back({std::move(code), std::move(message), 0, std::move(field)});
  return result;
}

FeedbackResult invalid(Errors errors) {
  FeedbackResult result;
  result.status = 422;
  result.errors = std::move(errors);
  return result;
}

FeedbackTarget find_target(Store& store, const FeedbackRequest& request, bool needs_cycle) {
  FeedbackTarget target;
  if (request.citizen_id == 0) {
    target.refusal = refused(401, "unauthorized", "Войдите по коду из письма, чтобы оставить своё мнение");
    return target;
  }
  if (auto error = idempotency_key_error(request.idempotency_key)) {
    target.refusal = refused(400, error->code, error->message);
    return target;
  }
  target.org = store.find_organisation(request.org_code);
  if (!target.org) {
    target.refusal = refused(404, "organisation_not_found", "Организация не найдена");
    return target;
  }
  target.assessment = store.assessment_of(target.org->code, current_year());
  if (needs_cycle && !target.assessment)
    target.refusal = refused(409, "not_in_cycle",
                             "Эта организация не участвует в независимой оценке в " + std::to_string(current_year()) +
                                 " году, поэтому оценки сейчас не принимаются. Вы можете оставить отзыв или обращение.");
  return target;
}

}  // namespace nok
