// Citizens' ratings in points (form 2) and opinions on the rating (form 1): one voice per
// citizen, organisation and cycle, the earlier voice kept as history.
#include <string>

#include "core/id.h"
#include "core/time.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_store.h"

namespace nok::sql {

StoredFeedback SqlStore::write_voice(std::string_view table, const CitizenWrite& from, std::int64_t cycle_id,
                                     const VoiceInsert& insert) {
  const std::string name(table);
  return write_feedback(
      "SELECT id, status FROM " + name + " WHERE citizen_id = $1 AND idempotency_key = $2", from,
      [&](Connection& c, std::int64_t organisation) {
        std::int64_t previous = 0;
        count_voice(c, name, from.citizen_id, organisation, cycle_id, -1);
        c.run("UPDATE " + name + " SET status = 'replaced' WHERE citizen_id = $1 AND organisation_id = $2 "
              "AND cycle_id = $3 AND status = 'counted' RETURNING id",
              {from.citizen_id, organisation, cycle_id}, [&](const Row& r) { previous = r.i64(0); });
        StoredFeedback out{new_id(), false, previous != 0, "counted"};
        insert(c, out.id, organisation, previous ? Param(previous) : Param(nullptr), iso_utc_now());
        (name == "ratings" ? count_rating : count_opinion)(c, out.id, +1);
        return out;
      });
}

StoredFeedback SqlStore::submit_rating(const NewRating& n) {
  return write_voice("ratings", n.from, n.cycle_id,
                     [&](Connection& c, std::int64_t id, std::int64_t org, Param replaces, std::string_view now) {
                       std::vector<Param> params{id, org, n.cycle_id, n.from.citizen_id};
                       for (const auto& points : n.points)  // in ratings::Aspect order, as the columns
                         params.push_back(points ? Param(std::int64_t{*points}) : Param(nullptr));
                       params.insert(params.end(), {text_or_null(n.from.idempotency_key), replaces, now});
                       c.run("INSERT INTO ratings (id, organisation_id, cycle_id, citizen_id, comfort, politeness, "
                             "information, booking, accessibility, idempotency_key, replaces_id, created_at) "
                             "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                             params, {});
                     });
}

StoredFeedback SqlStore::submit_opinion(const NewOpinion& n) {
  return write_voice("rating_opinions", n.from, n.cycle_id,
                     [&](Connection& c, std::int64_t id, std::int64_t org, Param replaces, std::string_view now) {
                       c.run("INSERT INTO rating_opinions (id, organisation_id, cycle_id, citizen_id, agrees, comment, "
                             "total_seen, idempotency_key, replaces_id, created_at) "
                             "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                             {id, org, n.cycle_id, n.from.citizen_id, std::int64_t{n.agrees ? 1 : 0},
                              std::string_view(n.comment), n.total_seen ? Param(*n.total_seen) : Param(nullptr),
                              text_or_null(n.from.idempotency_key), replaces, now});
                     });
}

}  // namespace nok::sql
