#pragma once
#include "domain/methodology/methodology.h"
#include "domain/survey/counters.h"
#include "web/view.h"

namespace nok::web {

// The shares of "yes" that the edition's indicators of `sphere` are built from, for people:
// "shares" — [{label, text («от 78 до 91 из 100, ответили 23 человека»), few (fewer answers
// than statistics::kFewAnswers), low, width (the interval as a bar, 0…100)}]; "has_shares".
void add_answer_shares(Data& data, const methodology::Methodology& m, Sphere sphere,
                       const survey::SurveyCounters& counters);

}  // namespace nok::web
