#pragma once
// The monitoring page's charts (web/charts), each beside a table of the same numbers.
#include <string>

#include "app/monitoring/monitoring_report.h"

namespace nok::web {

// Respondents by child unit (the thirty largest), as horizontal bars.
std::string respondents_bars(const monitoring::Report& report);
// Respondents by month of collection, this year and last.
std::string respondents_by_month(const monitoring::Report& report);
// Respondents by channel as shares of 100 %, this year and last.
std::string channel_mix(const monitoring::Report& report);
// Respondents by region on the tile map, each tile a link one level down (national level only).
std::string region_map(const monitoring::Report& report);

}  // namespace nok::web
