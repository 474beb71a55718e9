#pragma once
#include <string>

namespace nok::methodology {

// A result number as published: rounded to 2 decimals, without trailing zeros
// ("83.33", "62.5", "100"). Computation stays in double; only output is rounded.
std::string format_points(double value);

}  // namespace nok::methodology
