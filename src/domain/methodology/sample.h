#pragma once
#include <cstdint>
#include <optional>

#include "domain/methodology/methodology.h"
#include "domain/survey/counters.h"

namespace nok::methodology {

// Where an organisation's sample stands against its rules (Приказы № 675н, № 777н; docs/methodology.md).
struct SampleStatus {
  std::optional<std::int64_t> target;      // nullopt when the yearly number of recipients is unknown
  std::optional<bool> below_target;        // nullopt without a target
  std::optional<double> site_app_share;    // 0…1 of the respondents; nullopt without respondents
  std::optional<bool> site_app_below_min;  // nullopt without respondents
};

// The required sample: the share of the yearly recipients, rounded up, at most the cap.
// `recipients_per_year` ≤ 0 means unknown (the registry leaves it 0).
std::optional<std::int64_t> sample_target(const SampleRule& rule, std::int64_t recipients_per_year);

SampleStatus sample_status(const SampleRule& rule, const survey::SurveyCounters& counters,
                           std::int64_t recipients_per_year);

}  // namespace nok::methodology
