#pragma once
#include <string>

#include "app/scoring/score_files.h"

namespace nok::scoring {

// `nok score --format csv`: one row per organisation (org, respondents, every indicator,
// every criterion, total, missing ids separated by spaces), or, when grouped, one row per
// group (by, key, name, organisations, with_total, criteria, total). Empty cell: no data.
std::string report_csv(const ScoreReport& report);

}  // namespace nok::scoring
