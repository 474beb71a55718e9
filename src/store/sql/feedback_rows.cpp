#include "store/sql/feedback_rows.h"

#include <string>

namespace nok::sql {

EntryHead read_head(const Row& r) {
  return {r.i64("id"), std::string(r.text("code")), std::string(r.text("short_name")), std::string(r.text("status")),
          std::string(r.text("created_at"))};
}

const std::string_view kSelectReviews =
    "SELECT x.id, o.code, o.short_name, x.status, x.created_at, x.text, "
    "COALESCE(x.moderation_reason, '') AS moderation_reason, COALESCE(x.answer, '') AS answer, "
    "COALESCE(x.answered_at, '') AS answered_at, COALESCE(x.tone, '') AS tone FROM reviews x JOIN organisations o ON o.id = x.organisation_id ";

Review read_review(const Row& r) {
  return {read_head(r),
          std::string(r.text("text")),
          std::string(r.text("moderation_reason")),
          std::string(r.text("answer")),
          std::string(r.text("answered_at")),
          feedback::parse_tone(r.text("tone"))};
}

const std::string_view kSelectAppeals =
    "SELECT x.id, o.code, o.short_name, x.status, x.created_at, x.citizen_id, x.subject, x.text, x.due_at, "
    "COALESCE(x.answer, '') AS answer, COALESCE(x.answered_at, '') AS answered_at FROM appeals x JOIN organisations o ON o.id = x.organisation_id ";

Appeal read_appeal(const Row& r) {
  return {read_head(r),
          r.i64("citizen_id"),
          std::string(r.text("subject")),
          std::string(r.text("text")),
          std::string(r.text("due_at")),
          std::string(r.text("answer")),
          std::string(r.text("answered_at"))};
}

}  // namespace nok::sql
