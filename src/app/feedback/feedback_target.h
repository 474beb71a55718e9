#pragma once
// The first steps every feedback use case shares: who writes, about which organisation,
// and whether that organisation takes this form now.
#include <optional>

#include "app/feedback/citizen_feedback.h"

namespace nok {

struct FeedbackTarget {
  std::optional<Organisation> org;
  std::optional<Assessment> assessment;  // this year's, when the organisation is in a cycle
  FeedbackResult refusal;                // errors set: the request goes no further
  bool refused() const { return !refusal.errors.empty(); }
  CitizenWrite write(const FeedbackRequest& request) const { return {org->code, request.citizen_id, request.idempotency_key}; }
};

// Refuses a request without a citizen (401), with an idempotency key over 64 characters
// (400), about an unknown organisation (404), or — when `needs_cycle` — about an
// organisation outside this year's assessment (409: ratings and opinions are about it).
FeedbackTarget find_target(Store& store, const FeedbackRequest& request, bool needs_cycle);

// Refuses (429) a citizen who already wrote `limit` posts to `table` ("reviews" or
// "appeals") in the last 24 hours — mass posting from one account is padding
// (docs/domain.md#monitoring-letter). A repeat under the same idempotency key is not new.
std::optional<FeedbackResult> over_daily_limit(Store& store, std::string_view table, const FeedbackRequest& request,
                                               int limit);

// A result that refuses with one error.
FeedbackResult refused(int status, std::string code, std::string message, std::string field = "");
// A result that refuses bad fields (422).
FeedbackResult invalid(Errors errors);

}  // namespace nok
