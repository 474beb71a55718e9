#pragma once
#include <cstdint>
#include <string_view>

#include "core/result.h"
#include "domain/staff/access.h"
#include "store/moderation_store.h"

namespace nok {

// The authority whose organisations' held items `actor` sees and decides (0: all — the
// monitor and administrators).
std::int64_t moderation_scope(const staff::StaffUser& actor);

enum class HeldKind { review, response };

// Releases or rejects one held item: a review is published or rejected, a survey response
// counted (one voice per citizen still holds) or excluded. `decision` is publish | reject
// for reviews and count | exclude for responses. Errors: not_allowed, bad_decision,
// not_held (decided already, or not in the person's scope).
Result<Ok> moderate(ModerationStore& store, const staff::StaffUser& actor, HeldKind kind, std::int64_t id,
                    std::string_view decision);

}  // namespace nok
