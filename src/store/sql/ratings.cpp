// Citizens' ratings in points (form 2) and opinions on the rating (form 1): one voice per
// citizen, organisation and cycle, the earlier voice kept as history.
#include <string>

#include "core/id.h"
#include "core/time.h"
#include "store/sql/sql_store.h"

namespace nok::sql {
namespace {

// Stores a row of `table` with its extra values: the citizen's counted row of this
// organisation and cycle becomes `replaced`; `insert(c, id, organisation_id, replaces_id, now)`
// adds the new one.
using VoiceInsert = std::function<void(Connection&, std::int64_t id, std::int64_t organisation_id, Param replaces_id,
                                       std::string_view now)>;

CitizenInsert one_voice(const std::string& table, const CitizenWrite& from, std::int64_t cycle_id,
                        VoiceInsert insert) {
  return [&table, &from, cycle_id, insert = std::move(insert)](Connection& c, std::int64_t organisation) {
    std::int64_t previous = 0;
    c.run("UPDATE " + table + " SET status = 'replaced' WHERE citizen_id = $1 AND organisation_id = $2 "
          "AND cycle_id = $3 AND status = 'counted' RETURNING id",
          {from.citizen_id, organisation, cycle_id}, [&](const Row& r) { previous = r.i64(0); });
    StoredFeedback out{new_id(), false, previous != 0, "counted"};
    insert(c, out.id, organisation, previous ? Param(previous) : Param(nullptr), iso_utc_now());
    return out;
  };
}

}  // namespace

StoredFeedback SqlStore::submit_rating(const NewRating& n) {
  static const std::string table = "ratings";
  return write_feedback(
      "SELECT id, status FROM ratings WHERE citizen_id = $1 AND idempotency_key = $2", n.from,
      one_voice(table, n.from, n.cycle_id,
                [&](Connection& c, std::int64_t id, std::int64_t org, Param replaces, std::string_view now) {
                  std::vector<Param> params{id, org, n.cycle_id, n.from.citizen_id};
                  for (const auto& points : n.points)  // in ratings::Aspect order, as the columns
                    params.push_back(points ? Param(std::int64_t{*points}) : Param(nullptr));
                  params.insert(params.end(), {text_or_null(n.from.idempotency_key), replaces, now});
                  c.run("INSERT INTO ratings (id, organisation_id, cycle_id, citizen_id, comfort, politeness, "
                        "information, booking, accessibility, idempotency_key, replaces_id, created_at) "
                        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                        params, {});
                }));
}

StoredFeedback SqlStore::submit_opinion(const NewOpinion& n) {
  static const std::string table = "rating_opinions";
  return write_feedback(
      "SELECT id, status FROM rating_opinions WHERE citizen_id = $1 AND idempotency_key = $2", n.from,
      one_voice(table, n.from, n.cycle_id,
                [&](Connection& c, std::int64_t id, std::int64_t org, Param replaces, std::string_view now) {
                  c.run("INSERT INTO rating_opinions (id, organisation_id, cycle_id, citizen_id, agrees, comment, "
                        "total_seen, idempotency_key, replaces_id, created_at) "
                        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                        {id, org, n.cycle_id, n.from.citizen_id, std::int64_t{n.agrees ? 1 : 0},
                         std::string_view(n.comment), n.total_seen ? Param(*n.total_seen) : Param(nullptr),
                         text_or_null(n.from.idempotency_key), replaces, now});
                }));
}

}  // namespace nok::sql
