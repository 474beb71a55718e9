#include "store/sql/feedback_rows.h"

#include <string>

namespace nok::sql {

EntryHead read_head(const Row& r) {
  return {r.i64(0), std::string(r.text(1)), std::string(r.text(2)), std::string(r.text(3)), std::string(r.text(4))};
}

const std::string_view kSelectReviews =
    "SELECT x.id, o.code, o.short_name, x.status, x.created_at, x.text, COALESCE(x.moderation_reason, ''), "
    "COALESCE(x.answer, ''), COALESCE(x.answered_at, ''), COALESCE(x.tone, '') FROM reviews x JOIN organisations o ON o.id = x.organisation_id ";

Review read_review(const Row& r) {
  return {read_head(r),           std::string(r.text(5)), std::string(r.text(6)), std::string(r.text(7)),
          std::string(r.text(8)), feedback::parse_tone(r.text(9))};
}

const std::string_view kSelectAppeals =
    "SELECT x.id, o.code, o.short_name, x.status, x.created_at, x.citizen_id, x.subject, x.text, x.due_at, "
    "COALESCE(x.answer, ''), COALESCE(x.answered_at, '') FROM appeals x JOIN organisations o ON o.id = x.organisation_id ";

Appeal read_appeal(const Row& r) {
  return {read_head(r),
          r.i64(5),
          std::string(r.text(6)),
          std::string(r.text(7)),
          std::string(r.text(8)),
          std::string(r.text(9)),
          std::string(r.text(10))};
}

}  // namespace nok::sql
