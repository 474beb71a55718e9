#include "domain/methodology/sample.h"

#include <algorithm>
#include <cmath>

namespace nok::methodology {

std::optional<std::int64_t> sample_target(const SampleRule& rule, std::int64_t recipients_per_year) {
  if (recipients_per_year <= 0) return std::nullopt;
  // The small epsilon keeps 0.4 × 1000 from becoming 401 through binary rounding.
  const auto wanted = static_cast<std::int64_t>(std::ceil(rule.share_of_recipients * recipients_per_year - 1e-9));
  return std::min(rule.cap, wanted);
}

SampleStatus sample_status(const SampleRule& rule, const survey::SurveyCounters& counters,
                           std::int64_t recipients_per_year) {
  SampleStatus s;
  s.target = sample_target(rule, recipients_per_year);
  if (s.target) s.below_target = counters.respondents < *s.target;
  if (counters.respondents > 0) {
    s.site_app_share = static_cast<double>(counters.site_or_app) / counters.respondents;
    s.site_app_below_min = *s.site_app_share < rule.min_site_app_share;
  }
  return s;
}

}  // namespace nok::methodology
