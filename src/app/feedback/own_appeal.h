#pragma once
#include <optional>
#include <string_view>

#include "store/feedback_store.h"

namespace nok {

// The appeal whose id is `id` (decimal text, as in a URL) when `citizen_id` wrote it.
// Appeals are private: another citizen's appeal is nullopt exactly like an id that does
// not exist, so changing the id in the address reveals nothing.
std::optional<Appeal> own_appeal(FeedbackStore& store, std::int64_t citizen_id, std::string_view id);

}  // namespace nok
