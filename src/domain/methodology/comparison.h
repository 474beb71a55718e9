#pragma once
#include "domain/methodology/score.h"

namespace nok::methodology {

// Where an organisation's total stands against a reference, decided by its range
// (total_range) the way CMS Care Compare labels hospitals: «выше» only when even the low
// end of the range is above the reference, «ниже» only when even the high end is below,
// else «не отличается» — never a bare difference of two numbers from small samples.
enum class Standing { above, same, below };

// Against a mean of a region or a sphere (taken as fixed: it averages many organisations).
Standing compare(const Range& total, double mean);

// Against the organisation's own total of another year, each with its range: a change is
// beyond the noise only when the two ranges do not overlap.
Standing compare(const Range& now, const Range& before);

}  // namespace nok::methodology
