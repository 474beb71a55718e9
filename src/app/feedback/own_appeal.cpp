#include "app/feedback/own_appeal.h"

#include "core/parse_number.h"

namespace nok {

std::optional<Appeal> own_appeal(FeedbackStore& store, std::int64_t citizen_id, std::string_view id) {
  const auto number = text::parse_integer<std::int64_t>(id);
  if (!number || citizen_id == 0) return std::nullopt;
  auto appeal = store.find_appeal(*number);
  if (!appeal || appeal->citizen_id != citizen_id) return std::nullopt;
  return appeal;
}

}  // namespace nok
