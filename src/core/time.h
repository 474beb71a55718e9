#pragma once
#include <chrono>
#include <string>

namespace nok {

// "2026-11-24T12:00:00Z": how times are stored (portable text that sorts by time).
std::string iso_utc(std::chrono::system_clock::time_point t);
inline std::string iso_utc_now() { return iso_utc(std::chrono::system_clock::now()); }

// The calendar year now, in UTC (assessment cycles are per year).
int current_year();

}  // namespace nok
