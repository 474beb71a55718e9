#pragma once
#include <cstdint>

#include "domain/survey/channel.h"
#include "domain/survey/response.h"
#include "store/sql/connection.h"

namespace nok::sql {

// Adds `sign` (+1 a response that now counts, −1 one that stops counting) to every count of
// the organisation's live tallies in the cycle, inside the caller's transaction.
void apply_to_tally(Connection& c, std::int64_t organisation_id, std::int64_t cycle_id, survey::Channel channel,
                    const survey::Answers& answers, std::int64_t sign);

}  // namespace nok::sql
