#pragma once
#include <optional>
#include <vector>

#include "domain/methodology/expert.h"
#include "domain/methodology/methodology.h"
#include "domain/registry/sphere.h"
#include "domain/survey/counters.h"

namespace nok::methodology {

// One organisation's result under one methodology. Vectors follow the methodology's
// order of indicators and criteria; nullopt is "нет данных".
struct Score {
  std::vector<std::optional<double>> indicators;
  std::vector<bool> applicable;  // false: the indicator does not exist in the sphere (2.2 in culture)
  std::vector<std::optional<double>> criteria;
  std::optional<double> total;  // no data when any criterion has none
  std::vector<std::size_t> missing;  // applicable indicators without data, in order
};

// Computes every indicator, criterion and the total from the survey counters and the
// expert inputs. When the sphere is unknown (no registry at hand), an indicator that
// exists only in some spheres applies exactly when it has data — a `timely` answer or a
// waiting time is the evidence that the organisation is in such a sphere.
Score score(const Methodology& m, std::optional<Sphere> sphere, const survey::SurveyCounters& counters,
            const ExpertInputs& expert);

// How far the total could be from the one its sample gives: computed once with every answer
// share at the low end of its 95 % Wilson interval and once at the high end. The total
// grows with every share, so these two bound it; the range is conservative, since the
// shares do not all sit at an end at once. Expert inputs are measured, not sampled, and
// count as they are. nullopt when the total has no data.
struct Range {
  double low = 0;
  double high = 0;
};
std::optional<Range> total_range(const Methodology& m, std::optional<Sphere> sphere,
                                 const survey::SurveyCounters& counters, const ExpertInputs& expert);

}  // namespace nok::methodology
