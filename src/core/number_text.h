#pragma once
#include <string>

namespace nok::text {

// A number as Russian readers write it: a decimal comma, groups of three digits separated by
// a no-break space (U+00A0, as CLDR's Russian locale has it, so a number never breaks across
// lines) and the minus sign U+2212, rounded to `decimals` (0 … 6) places:
// number_text(1234567.891, 1) == "1 234 567,9"; number_text(-0.04, 1) == "0,0" (no "−0,0").
// Not for machines: CSV and spreadsheets get plain numbers.
std::string number_text(double value, int decimals = 0);

// A percentage as Russian typography sets it, a no-break space before the sign:
// percent_text(87.54) == "87,5 %". `percent` is in percent (87.5), not a share (0.875).
std::string percent_text(double percent, int decimals = 1);

}  // namespace nok::text
