// Reviews (отзывы): published at once or held for a moderator, answered by the organisation.
#include <string>

#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/feedback_rows.h"
#include "store/sql/insert.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_store.h"

namespace nok::sql {

void SqlStore::submit(NewReview n, FeedbackDone done) {
  CitizenWrite from = n.from;
  write_feedback(
      "SELECT id, status FROM reviews WHERE citizen_id = $1 AND idempotency_key = $2", std::move(from),
      [n = std::move(n)](Connection& c, std::int64_t organisation) {
        if (post_limit_reached(c, "SELECT COUNT(*) AS n FROM reviews WHERE citizen_id = $1 AND created_at >= $2",
                               n.from.citizen_id, n.limit))
          return StoredFeedback{.over_limit = true};
        StoredFeedback out{new_id(), false, false, n.moderation_reason.empty() ? "published" : "pending"};
        const std::string now = iso_utc_now();
        Insert("reviews")
            .set("id", out.id)
            .set("organisation_id", organisation)
            .set("citizen_id", n.from.citizen_id)
            .set("text", n.text)
            .set("status", out.status)
            .set("moderation_reason", text_or_null(n.moderation_reason))
            .set("idempotency_key", text_or_null(n.from.idempotency_key))
            .set("created_at", now)
            .set("tone", n.tone ? Param(feedback::code(*n.tone)) : Param(nullptr))
            .run(c);
        count_review(c, out.id, +1);
        return out;
      },
      std::move(done));
}

ReviewPage SqlStore::published_reviews(std::string_view organisation_code, int limit, int offset) {
  static const std::string select =
      std::string(kSelectReviews) + "WHERE o.code = $1 AND x.status = 'published' ORDER BY x.id DESC LIMIT $2 OFFSET $3";
  return reads_->run([&](Connection& c) {
    ReviewPage page;
    c.run(select, {organisation_code, std::int64_t{limit}, std::int64_t{offset}},
          [&](const Row& r) { page.items.push_back(read_review(r)); });
    c.run(
        "SELECT COUNT(*) AS n FROM reviews x JOIN organisations o ON o.id = x.organisation_id "
        "WHERE o.code = $1 AND x.status = 'published'",
        {organisation_code}, [&](const Row& r) { page.total = r.i64("n"); });
    return page;
  });
}

std::optional<Review> SqlStore::find_review(std::int64_t review_id) {
  static const std::string select = std::string(kSelectReviews) + "WHERE x.id = $1";
  std::optional<Review> out;
  auto c = pool_->acquire();
  c->run(select, {review_id}, [&](const Row& r) { out = read_review(r); });
  return out;
}

std::vector<Review> SqlStore::organisation_reviews(std::string_view organisation_code, int limit) {
  static const std::string select = std::string(kSelectReviews) + "WHERE o.code = $1 ORDER BY x.id DESC LIMIT $2";
  std::vector<Review> out;
  auto c = pool_->acquire();
  c->run(select, {organisation_code, std::int64_t{limit}}, [&](const Row& r) { out.push_back(read_review(r)); });
  return out;
}

bool SqlStore::answer_review(std::string_view organisation_code, std::int64_t review_id, const std::string& answer,
                             std::int64_t user_id, const AuditEntry& audit) {
  const std::string now = iso_utc_now();
  auto c = pool_->acquire();
  Transaction tx(*c);
  count_review(*c, review_id, -1);
  if (c->run("UPDATE reviews SET answer = $3, answered_by = $4, answered_at = $5 WHERE id = $1 "
             "AND status = 'published' AND organisation_id = (SELECT id FROM organisations WHERE code = $2)",
             {review_id, organisation_code, std::string_view(answer), user_id ? Param(user_id) : Param(nullptr),
              std::string_view(now)}) != 1)
    return false;
  count_review(*c, review_id, +1);
  append_audit(*c, audit);
  tx.commit();
  feedback_.erase(organisation_code);
  return true;
}

}  // namespace nok::sql
