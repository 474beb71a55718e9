#pragma once
// A measure's effect figures as the plan's page and its downloads say them in Russian.
#include <string>
#include <vector>

#include "app/popularisation/effect.h"

namespace nok::web {

// One line per figure of the measure's source («Сканирований QR-кода: 12»), or
// «не измеряется по данным» for a source nok does not observe.
std::vector<std::string> effect_lines(const popularisation::MeasureEffect& effect);

}  // namespace nok::web
