#include "domain/invitation/local_time.h"

#include <array>
#include <utility>

namespace nok::invitation {
namespace {

// Federal Law No. 107-FZ «Об исчислении времени», art. 5, as amended to 2020: the time zone
// of each region's administrative centre (Yakutia and Sakhalin span several zones).
constexpr std::array<std::pair<std::string_view, int>, 85> kOffsets{{
    {"01", 3},  {"02", 5},  {"03", 8},  {"04", 7},  {"05", 3},  {"06", 3},  {"07", 3},  {"08", 3},  {"09", 3},
    {"10", 3},  {"11", 3},  {"12", 3},  {"13", 3},  {"14", 9},  {"15", 3},  {"16", 3},  {"17", 7},  {"18", 4},
    {"19", 7},  {"20", 3},  {"21", 3},  {"22", 7},  {"23", 3},  {"24", 7},  {"25", 10}, {"26", 3},  {"27", 10},
    {"28", 9},  {"29", 3},  {"30", 4},  {"31", 3},  {"32", 3},  {"33", 3},  {"34", 3},  {"35", 3},  {"36", 3},
    {"37", 3},  {"38", 8},  {"39", 2},  {"40", 3},  {"41", 12}, {"42", 7},  {"43", 3},  {"44", 3},  {"45", 5},
    {"46", 3},  {"47", 3},  {"48", 3},  {"49", 11}, {"50", 3},  {"51", 3},  {"52", 3},  {"53", 3},  {"54", 7},
    {"55", 6},  {"56", 5},  {"57", 3},  {"58", 3},  {"59", 5},  {"60", 3},  {"61", 3},  {"62", 3},  {"63", 4},
    {"64", 4},  {"65", 11}, {"66", 5},  {"67", 3},  {"68", 3},  {"69", 3},  {"70", 7},  {"71", 3},  {"72", 5},
    {"73", 4},  {"74", 5},  {"75", 9},  {"76", 3},  {"77", 3},  {"78", 3},  {"79", 10}, {"83", 3},  {"86", 5},
    {"87", 12}, {"89", 5},  {"91", 3},  {"92", 3},
}};

int local_hour(Clock::time_point at, int offset_hours) {
  const auto local = std::chrono::floor<std::chrono::hours>(at + std::chrono::hours(offset_hours));
  return static_cast<int>((local.time_since_epoch().count() % 24 + 24) % 24);
}

}  // namespace

std::optional<int> utc_offset_hours(std::string_view region_code) {
  for (const auto& [code, offset] : kOffsets)
    if (code == region_code) return offset;
  return std::nullopt;
}

bool is_quiet(Clock::time_point at, int offset_hours, const QuietHours& quiet) {
  const int hour = local_hour(at, offset_hours);
  if (quiet.from_hour == quiet.to_hour) return false;
  if (quiet.from_hour < quiet.to_hour) return hour >= quiet.from_hour && hour < quiet.to_hour;
  return hour >= quiet.from_hour || hour < quiet.to_hour;
}

Clock::time_point next_allowed(Clock::time_point at, int offset_hours, const QuietHours& quiet) {
  if (!is_quiet(at, offset_hours, quiet)) return at;
  // The next local `to_hour:00`: step to the start of the next hour until the quiet ends.
  auto t = std::chrono::ceil<std::chrono::hours>(at);
  while (is_quiet(t, offset_hours, quiet)) t += std::chrono::hours(1);
  return t;
}

std::vector<int> open_offsets(Clock::time_point at, const QuietHours& quiet) {
  std::vector<int> out;
  for (int offset = 2; offset <= 12; ++offset)
    if (!is_quiet(at, offset, quiet)) out.push_back(offset);
  return out;
}

}  // namespace nok::invitation

namespace nok::invitation {
namespace {

// Reads exactly `n` digits at `pos`; -1 when they are not all digits.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

}  // namespace

std::optional<Clock::time_point> parse_moment(std::string_view text, int offset_hours, DayEdge date_alone) {
  using namespace std::chrono;
  int y = 0, m = 0, d = 0;
  std::size_t pos = 0;
  if (digits(text, 0, 4) >= 0 && text.size() >= 10 && text[4] == '-' && text[7] == '-') {
    y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
  } else if (text.size() >= 10 && text[2] == '.' && text[5] == '.') {
    d = digits(text, 0, 2), m = digits(text, 3, 2), y = digits(text, 6, 4);
  } else {
    return std::nullopt;
  }
  pos = 10;
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  const year_month_day day{year{y}, month{static_cast<unsigned>(m)}, std::chrono::day{static_cast<unsigned>(d)}};
  if (!day.ok()) return std::nullopt;
  if (pos == text.size())
    return sys_days(day) - hours(offset_hours) + (date_alone == DayEdge::end ? days(1) - seconds(1) : seconds(0));
  if (text[pos] != 'T' && text[pos] != ' ') return std::nullopt;
  const int hh = digits(text, pos + 1, 2), mm = text.size() > pos + 3 && text[pos + 3] == ':' ? digits(text, pos + 4, 2) : -1;
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return std::nullopt;
  pos += 6;
  int ss = 0;
  if (pos < text.size() && text[pos] == ':') {
    ss = digits(text, pos + 1, 2);
    if (ss < 0 || ss > 59) return std::nullopt;
    pos += 3;
  }
  minutes offset = hours(offset_hours);
  if (pos < text.size()) {
    const auto zone = text.substr(pos);
    if (zone == "Z") {
      offset = minutes(0);
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
      const int zh = digits(zone, 1, 2), zm = digits(zone, 4, 2);
      if (zh < 0 || zh > 14 || zm < 0 || zm > 59) return std::nullopt;
      offset = (hours(zh) + minutes(zm)) * (zone[0] == '-' ? -1 : 1);
    } else {
      return std::nullopt;
    }
  }
  return sys_days(day) + hours(hh) + minutes(mm) + seconds(ss) - offset;
}

}  // namespace nok::invitation
