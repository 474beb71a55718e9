#pragma once
// When an invitation may reach a person: never at night in the organisation's region.
// Russia keeps no daylight saving time, so a region's offset from UTC is a constant
// (docs/invitations.md gives the source of the table).
#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

namespace nok::invitation {

using Clock = std::chrono::system_clock;

// The offset from UTC in hours of the region's administrative centre (two-digit code of
// data/regions.csv); nullopt for a code not in the table.
std::optional<int> utc_offset_hours(std::string_view region_code);

// Local hours in which no message is sent: from `from_hour` (inclusive) to `to_hour`
// (exclusive), across midnight when from_hour > to_hour.
struct QuietHours {
  int from_hour = 21;
  int to_hour = 9;
};

// True when `at` falls in the quiet hours of a place `offset_hours` ahead of UTC.
bool is_quiet(Clock::time_point at, int offset_hours, const QuietHours& quiet);

// `at`, or the end of the quiet hours it falls in.
Clock::time_point next_allowed(Clock::time_point at, int offset_hours, const QuietHours& quiet);

// Of the offsets Russia's regions use (2…12), those where `at` is not in the quiet hours:
// the sender asks the store only for invitations of these.
std::vector<int> open_offsets(Clock::time_point at, const QuietHours& quiet);

}  // namespace nok::invitation

namespace nok::invitation {

// A moment as people and booking systems write it, read as local time of a place
// `offset_hours` ahead of UTC unless it names its own offset: "2026-12-03",
// "03.12.2026", "2026-12-03T14:20", "2026-12-03 14:20:05", "03.12.2026 14:20",
// "2026-12-03T14:20:00+05:00", "…Z". A date alone means the start or the end of that local
// day, as `date_alone` says (a consent given that day, a service given that day). nullopt for
// anything else, or a date that does not exist.
enum class DayEdge { start, end };
std::optional<Clock::time_point> parse_moment(std::string_view text, int offset_hours, DayEdge date_alone);

}  // namespace nok::invitation
