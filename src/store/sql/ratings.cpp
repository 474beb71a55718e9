// Citizens' ratings in points (form 2) and opinions on the rating (form 1): one voice per
// citizen, organisation and cycle, the earlier voice kept as history.
#include <string>

#include "core/id.h"
#include "core/time.h"
#include "store/sql/insert.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_store.h"

namespace nok::sql {

void SqlStore::write_voice(std::string table, CitizenWrite from, std::int64_t cycle_id, VoiceInsert insert,
                           FeedbackDone done) {
  std::string earlier = "SELECT id, status FROM " + table + " WHERE citizen_id = $1 AND idempotency_key = $2";
  const std::int64_t citizen_id = from.citizen_id;
  write_feedback(
      std::move(earlier), std::move(from),
      [name = std::move(table), citizen_id, cycle_id, insert = std::move(insert)](Connection& c,
                                                                                  std::int64_t organisation) {
        std::int64_t previous = 0;
        count_voice(c, name, citizen_id, organisation, cycle_id, -1);
        c.run("UPDATE " + name + " SET status = 'replaced' WHERE citizen_id = $1 AND organisation_id = $2 "
              "AND cycle_id = $3 AND status = 'counted' RETURNING id",
              {citizen_id, organisation, cycle_id}, [&](const Row& r) { previous = r.i64("id"); });
        StoredFeedback out{new_id(), false, previous != 0, "counted"};
        insert(c, out.id, organisation, previous ? Param(previous) : Param(nullptr), iso_utc_now());
        (name == "ratings" ? count_rating : count_opinion)(c, out.id, +1);
        return out;
      },
      std::move(done));
}

void SqlStore::submit(NewRating n, FeedbackDone done) {
  const auto from = n.from;
  const auto cycle_id = n.cycle_id;
  write_voice(
      "ratings", from, cycle_id,
      [n = std::move(n)](Connection& c, std::int64_t id, std::int64_t org, Param replaces, std::string_view now) {
        Insert insert("ratings");
        insert.set("id", id).set("organisation_id", org).set("cycle_id", n.cycle_id);
        insert.set("citizen_id", n.from.citizen_id);
        for (ratings::Aspect a : ratings::all_aspects()) {  // each aspect's column is named by its code
          const auto& points = n.points[static_cast<std::size_t>(a)];
          insert.set(ratings::code(a), points ? Param(std::int64_t{*points}) : Param(nullptr));
        }
        insert.set("idempotency_key", text_or_null(n.from.idempotency_key))
            .set("replaces_id", replaces)
            .set("created_at", now)
            .run(c);
      },
      std::move(done));
}

void SqlStore::submit(NewOpinion n, FeedbackDone done) {
  const auto from = n.from;
  const auto cycle_id = n.cycle_id;
  write_voice(
      "rating_opinions", from, cycle_id,
      [n = std::move(n)](Connection& c, std::int64_t id, std::int64_t org, Param replaces, std::string_view now) {
        Insert("rating_opinions")
            .set("id", id)
            .set("organisation_id", org)
            .set("cycle_id", n.cycle_id)
            .set("citizen_id", n.from.citizen_id)
            .set("agrees", std::int64_t{n.agrees ? 1 : 0})
            .set("comment", n.comment)
            .set("total_seen", n.total_seen ? Param(*n.total_seen) : Param(nullptr))
            .set("idempotency_key", text_or_null(n.from.idempotency_key))
            .set("replaces_id", replaces)
            .set("created_at", now)
            .run(c);
      },
      std::move(done));
}

}  // namespace nok::sql
