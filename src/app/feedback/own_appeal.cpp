#include "app/feedback/own_appeal.h"

#include <charconv>

namespace nok {

std::optional<Appeal> own_appeal(FeedbackStore& store, std::int64_t citizen_id, std::string_view id) {
  std::int64_t number = 0;
  const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), number);
  if (ec != std::errc() || end != id.data() + id.size() || citizen_id == 0) return std::nullopt;
  auto appeal = store.find_appeal(number);
  if (!appeal || appeal->citizen_id != citizen_id) return std::nullopt;
  return appeal;
}

}  // namespace nok
