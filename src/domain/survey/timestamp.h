#pragma once
#include <string_view>

namespace nok::survey {

// ISO 8601 date or date-time as operators' systems write it: "2026-03-05",
// "2026-03-05T14:30", "2026-03-05T14:30:00.123+03:00", "…Z"; a space may replace the
// "T" (RFC 3339 allows it and spreadsheets write it). The date must exist.
bool valid_timestamp(std::string_view text);

}  // namespace nok::survey
