#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/methodology/expert.h"
#include "domain/survey/counters.h"

namespace nok {

// An organisation's place in a year's assessment (cycle_organisations ⋈ cycles).
struct Assessment {
  std::int64_t cycle_id = 0;
  int year = 0;
  std::string state;  // draft | collecting | council | approved | published
  std::string authority;
  std::int64_t sample_target = 0;
  std::string methodology;  // the id of the edition the cycle was opened with
};

// What the organisation page shows of this year's assessment: the cycle, the live survey
// tallies and the operator's expert inputs, from which the 344н scores are computed.
struct AssessmentCard {
  Assessment assessment;
  survey::SurveyCounters tally;
  methodology::ExpertInputs expert;
};

// Which organisations a year's assessment covers, as citizens' pages and submissions see it.
class AssessmentStore {
 public:
  virtual ~AssessmentStore() = default;

  // Assessment cycles: an authority's list of organisations for a year.
  // open_cycle is idempotent per (authority, year) and returns the cycle's id.
  virtual std::int64_t open_cycle(const std::string& authority, int year, const std::string& methodology) = 0;
  // Adds organisations (by code) to a cycle with their sample targets; all or nothing.
  virtual void include_in_cycle(std::int64_t cycle_id,
                                const std::vector<std::pair<std::string, std::int64_t>>& codes_and_targets) = 0;
  virtual std::optional<Assessment> assessment_of(std::string_view organisation_code, int year) = 0;
  // The organisation page's view of the year (cached for about a second: it is read on
  // every scan of a QR code; this process's own submissions show at once).
  virtual std::optional<AssessmentCard> assessment_card(std::string_view organisation_code, int year) = 0;
};

}  // namespace nok
