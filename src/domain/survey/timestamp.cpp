#include "domain/survey/timestamp.h"

namespace nok::survey {
namespace {

// Reads exactly `digits` decimal digits at `pos`; -1 when they are not there.
int number(std::string_view s, std::size_t pos, std::size_t digits) {
  if (pos + digits > s.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + digits; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool valid_offset(std::string_view s) {  // "Z", "+03:00", "+0300", "-05"
  if (s == "Z" || s == "z") return true;
  if (s.empty() || (s[0] != '+' && s[0] != '-')) return false;
  const int hours = number(s, 1, 2);
  if (hours < 0 || hours > 14) return false;
  if (s.size() == 3) return true;
  const std::size_t minutes_at = s[3] == ':' ? 4 : 3;
  const int minutes = number(s, minutes_at, 2);
  return minutes >= 0 && minutes < 60 && s.size() == minutes_at + 2;
}

bool valid_time(std::string_view s) {  // "14:30", "14:30:00", "14:30:00.123", each with an optional offset
  const int hours = number(s, 0, 2), minutes = number(s, 3, 2);
  if (hours < 0 || hours > 23 || s.size() < 5 || s[2] != ':' || minutes < 0 || minutes > 59) return false;
  std::size_t pos = 5;
  if (pos < s.size() && s[pos] == ':') {
    const int seconds = number(s, pos + 1, 2);
    if (seconds < 0 || seconds > 60) return false;  // 60: a leap second
    pos += 3;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
      const std::size_t digits_from = ++pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
      if (pos == digits_from) return false;
    }
  }
  return pos == s.size() || valid_offset(s.substr(pos));
}

}  // namespace

bool valid_timestamp(std::string_view s) {
  const int year = number(s, 0, 4), month = number(s, 5, 2), day = number(s, 8, 2);
  if (year < 1 || s.size() < 10 || s[4] != '-' || s[7] != '-' || month < 1 || month > 12 || day < 1 ||
      day > days_in_month(year, month))
    return false;
  if (s.size() == 10) return true;
  return (s[10] == 'T' || s[10] == 't' || s[10] == ' ') && valid_time(s.substr(11));
}

}  // namespace nok::survey
