#pragma once
#include <chrono>
#include <string>
#include <string_view>

namespace nok {

// "2026-11-24T12:00:00Z": how times are stored (portable text that sorts by time).
std::string iso_utc(std::chrono::system_clock::time_point t);
inline std::string iso_utc_now() { return iso_utc(std::chrono::system_clock::now()); }

// "24.11.2026" from "2026-11-24T12:00:00Z": how dates are shown to people (the text as
// given when it is not ISO).
std::string day_text(std::string_view iso);

// The calendar year now, in UTC (assessment cycles are per year).
int current_year();

}  // namespace nok
