// Appeals (обращения): private to their author, due in 30 days, answered once.
#include <string>

#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/feedback_rows.h"
#include "store/sql/insert.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_store.h"

namespace nok::sql {

void SqlStore::submit(NewAppeal n, FeedbackDone done) {
  CitizenWrite from = n.from;
  write_feedback(
      "SELECT id, status FROM appeals WHERE citizen_id = $1 AND idempotency_key = $2", std::move(from),
      [n = std::move(n)](Connection& c, std::int64_t organisation) {
        if (post_limit_reached(c, "SELECT COUNT(*) AS n FROM appeals WHERE citizen_id = $1 AND created_at >= $2",
                               n.from.citizen_id, n.limit))
          return StoredFeedback{.over_limit = true};
        StoredFeedback out{new_id(), false, false, "new"};
        const std::string now = iso_utc_now();
        Insert("appeals")
            .set("id", out.id)
            .set("organisation_id", organisation)
            .set("citizen_id", n.from.citizen_id)
            .set("subject", n.subject)
            .set("text", n.text)
            .set_expression("status", "'new'")
            .set("due_at", n.due_at)
            .set("idempotency_key", text_or_null(n.from.idempotency_key))
            .set("created_at", now)
            .run(c);
        count_appeal(c, out.id, +1);
        return out;
      },
      std::move(done));
}

std::optional<Appeal> SqlStore::find_appeal(std::int64_t appeal_id) {
  static const std::string select = std::string(kSelectAppeals) + "WHERE x.id = $1";
  std::optional<Appeal> out;
  auto c = pool_->acquire();
  c->run(select, {appeal_id}, [&](const Row& r) { out = read_appeal(r); });
  return out;
}

std::vector<Appeal> SqlStore::organisation_appeals(std::string_view organisation_code) {
  static const std::string select = std::string(kSelectAppeals) + "WHERE o.code = $1 ORDER BY x.due_at, x.id";
  std::vector<Appeal> out;
  auto c = pool_->acquire();
  c->run(select, {organisation_code}, [&](const Row& r) { out.push_back(read_appeal(r)); });
  return out;
}

bool SqlStore::answer_appeal(std::int64_t appeal_id, const std::string& answer, std::int64_t user_id,
                             const AuditEntry& audit) {
  const std::string now = iso_utc_now();
  auto c = pool_->acquire();
  Transaction tx(*c);
  count_appeal(*c, appeal_id, -1);
  if (c->run("UPDATE appeals SET status = 'answered', answer = $2, answered_by = $3, answered_at = $4 "
             "WHERE id = $1 AND status <> 'answered'",
             {appeal_id, std::string_view(answer), user_id ? Param(user_id) : Param(nullptr),
              std::string_view(now)}) != 1)
    return false;
  count_appeal(*c, appeal_id, +1);
  append_audit(*c, audit);
  tx.commit();
  return true;
}

void SqlStore::mark_appeal_notified(std::int64_t appeal_id) {
  const std::string now = iso_utc_now();
  auto c = pool_->acquire();
  c->run("UPDATE appeals SET notified_at = $2 WHERE id = $1", {appeal_id, std::string_view(now)});
}

std::string SqlStore::citizen_contact(std::int64_t citizen_id) {
  std::string out;
  auto c = pool_->acquire();
  c->run("SELECT COALESCE(contact_enc, '') AS contact_enc FROM citizens WHERE id = $1", {citizen_id},
         [&](const Row& r) { out = r.text("contact_enc"); });
  return out;
}

}  // namespace nok::sql
