#pragma once
#include <boost/json/object.hpp>
#include <string>

#include "app/scoring/score_files.h"

namespace nok::scoring {

// Beside each share a questionnaire asks: {item: {"yes", "respondents" (who answered it),
// "percent", "ci95": [low, high]}} in percent, the 95 % Wilson interval; null without answers.
boost::json::object shares_json(const survey::Questionnaire& questionnaire, const survey::SurveyCounters& counters);

// The JSON of `nok score` (docs/methodology.md, "Output"):
// {"methodology": ID, "organisations": [{"org", "respondents", "indicators", "criteria",
// "total", "missing", …additions}], "groups": [...]}, null where there is no data.
std::string report_json(const ScoreReport& report);

}  // namespace nok::scoring
