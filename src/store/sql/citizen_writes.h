#pragma once
// Steps shared by the citizens' feedback writes (ratings, opinions, comments on measures,
// reviews, appeals), each run inside the caller's transaction.
#include <functional>
#include <string_view>

#include "store/feedback.h"
#include "store/sql/connection.h"

namespace nok::sql {

// Stores the new row given the organisation's id and returns its outcome.
using CitizenInsert = std::function<StoredFeedback(Connection&, std::int64_t organisation_id)>;

// Stores a rating or an opinion given its id, the organisation's id, the id of the row it
// replaces (NULL when none) and the time.
using VoiceInsert = std::function<void(Connection&, std::int64_t id, std::int64_t organisation_id, Param replaces_id,
                                       std::string_view now)>;

// Serialises this citizen's writes (a portable row lock, so two taps of one form never
// interleave on either engine); returns the first outcome when `earlier_sql` — "SELECT id,
// status FROM … WHERE citizen_id = $1 AND idempotency_key = $2" — finds the key, else runs
// `insert`. Throws DatabaseError when the organisation is unknown: the use cases found it
// before, and organisations are never deleted (FeedbackStore's contract).
StoredFeedback citizen_write(Connection& c, std::string_view earlier_sql, const CitizenWrite& from,
                             const CitizenInsert& insert);

// Whether the citizen already made `limit.limit` of the posts `count_sql` counts — "SELECT
// COUNT(*) AS n FROM … WHERE citizen_id = $1 AND created_at >= $2" — since `limit.since` (false
// when there is no limit). Called by a CitizenInsert, so after citizen_write's lock and
// repeat lookup: the count and the insert that follows are one decision of one citizen's
// writes at a time, whichever thread or process runs them.
bool post_limit_reached(Connection& c, std::string_view count_sql, std::int64_t citizen_id, const PostLimit& limit);

// A text parameter that is NULL when empty (optional columns, idempotency keys).
Param text_or_null(std::string_view text);

}  // namespace nok::sql
