#pragma once
#include <cstddef>

#include "store/feedback.h"
#include "web/view.h"

namespace nok::web {

// How many published reviews the organisation page shows, and how much of each.
inline constexpr int kLatestReviews = 3;
inline constexpr std::size_t kReviewExcerpt = 500;

// Adds the citizens' feedback to the organisation page's data: the rating in points of this
// year (averages and distributions, apart from the 344н scores), the agree / disagree counts
// and the latest published reviews with the organisation's answers.
void add_citizen_feedback(Data& data, const OrganisationFeedback& feedback);

}  // namespace nok::web
