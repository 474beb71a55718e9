#pragma once
// Keeps the monitoring aggregates (migration 014) equal to a recount of the events: every
// write of an event calls one of these inside its own transaction, −1 with the row as it
// was before a change and +1 with the row as it is after (a new row: +1 only). Each adds
// the row's contribution — by the same rules as the migration's recount — to the
// organisation's row of the year and to its group's row.
//
// Locks: the group's row is locked before the organisation's (and before survey_tallies),
// so writes that run in the order of monitoring_lock_order never wait for each other in a
// cycle.
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/registry/organisation.h"
#include "store/placement_store.h"
#include "store/sql/connection.h"

namespace nok::sql {

// The order of GroupCommit writes that touch the organisation's aggregates: by its group
// (region, authority, municipality, sphere), then by its code.
std::string monitoring_lock_order(const Organisation& organisation);

// One row of responses, ratings, rating_opinions, reviews, appeals, placements or plans by id.
void count_response(Connection& c, std::int64_t id, int sign);
void count_rating(Connection& c, std::int64_t id, int sign);
void count_opinion(Connection& c, std::int64_t id, int sign);
void count_review(Connection& c, std::int64_t id, int sign);
void count_appeal(Connection& c, std::int64_t id, int sign);
void count_placement(Connection& c, std::int64_t id, int sign);
void count_plan(Connection& c, std::int64_t id, int sign);
// The citizen's counted row in `table` (ratings or rating_opinions) for the organisation and
// cycle, if any: called with −1 before it is replaced.
void count_voice(Connection& c, std::string_view table, std::int64_t citizen_id, std::int64_t organisation_id,
                 std::int64_t cycle_id, int sign);
// The organisation's membership of a cycle, if it is a member.
void count_membership(Connection& c, std::int64_t cycle_id, std::int64_t organisation_id, int sign);
// Scans counted on `day` (YYYY-MM-DD) for an organisation's placement (0: none): call only
// once scan_counts took them.
void count_scans(Connection& c, std::int64_t organisation_id, std::int64_t placement_id, std::string_view day,
                 const FunnelCounts& counts);
// After registry changes: moves the rows of every organisation whose region, authority,
// municipality or sphere changed from its old group to its new one.
void regroup_organisations(Connection& c);

}  // namespace nok::sql
