#pragma once
#include <string>

#include "app/scoring/score_files.h"

namespace nok::scoring {

// The JSON of `nok score` (docs/methodology.md, "Output"):
// {"methodology": ID, "organisations": [{"org", "respondents", "indicators", "criteria",
// "total", "missing", …additions}], "groups": [...]}, null where there is no data.
std::string report_json(const ScoreReport& report);

}  // namespace nok::scoring
