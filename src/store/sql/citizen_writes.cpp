#include "store/sql/citizen_writes.h"

#include <string>

#include "store/sql/sql_store.h"

namespace nok::sql {

StoredFeedback citizen_write(Connection& c, std::string_view earlier_sql, const CitizenWrite& from,
                             const CitizenInsert& insert) {
  c.run("UPDATE citizens SET id = id WHERE id = $1", {from.citizen_id});
  std::optional<StoredFeedback> earlier;
  if (!from.idempotency_key.empty())
    c.run(earlier_sql, {from.citizen_id, std::string_view(from.idempotency_key)},
          [&](const Row& r) { earlier = StoredFeedback{r.i64("id"), true, false, std::string(r.text("status"))}; });
  if (earlier) return *earlier;
  std::int64_t organisation = 0;
  c.run("SELECT id FROM organisations WHERE code = $1", {std::string_view(from.org)},
        [&](const Row& r) { organisation = r.i64("id"); });
  if (organisation == 0) throw DatabaseError("организация «" + from.org + "» не найдена");
  return insert(c, organisation);
}

bool post_limit_reached(Connection& c, std::string_view count_sql, std::int64_t citizen_id, const PostLimit& limit) {
  if (limit.limit <= 0) return false;
  std::int64_t posts = 0;
  c.run(count_sql, {citizen_id, std::string_view(limit.since)}, [&](const Row& r) { posts = r.i64("n"); });
  return posts >= limit.limit;
}

Param text_or_null(std::string_view text) { return text.empty() ? Param(nullptr) : Param(text); }

void SqlStore::write_feedback(std::string earlier_sql, CitizenWrite from, CitizenInsert insert, FeedbackDone done) {
  auto out = std::make_shared<StoredFeedback>();
  std::string order = write_order(from.org);
  std::string org = from.org;
  writes_.submit(
      [out, earlier_sql = std::move(earlier_sql), from = std::move(from), insert = std::move(insert)](Connection& c) {
        *out = citizen_write(c, earlier_sql, from, insert);
      },
      std::move(order), [this, out, org = std::move(org), done = std::move(done)](std::exception_ptr error) {
        if (!error && !out->repeated && !out->over_limit) feedback_.erase(org);
        done(error, *out);
      });
}

void SqlStore::submit_feedback(NewFeedback feedback, FeedbackDone done) {
  std::visit([&](auto& write) { submit(std::move(write), std::move(done)); }, feedback);
}

}  // namespace nok::sql
