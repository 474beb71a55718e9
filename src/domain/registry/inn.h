#pragma once
#include <string_view>

namespace nok {

// ИНН check: 10 digits (legal entity) or 12 digits (individual entrepreneur — some
// private kindergartens and care homes are run by one), with the control digits of
// Приказ ФНС (weights 2,4,10,3,5,9,4,6,8 for ten digits; two checks for twelve).
bool valid_inn(std::string_view inn);

}  // namespace nok
