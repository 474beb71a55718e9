#pragma once
// Citizens' feedback writes waited for, as a test makes them: the store and the use cases
// answer through a callback once the write is durable (store/feedback_store.h,
// app/feedback/citizen_feedback.h); these return that answer, rethrowing what the write threw.
#include "app/feedback/citizen_feedback.h"

namespace nok {

StoredFeedback submit_rating(FeedbackStore& store, const NewRating& rating);
StoredFeedback submit_opinion(FeedbackStore& store, const NewOpinion& opinion);
StoredFeedback submit_measure_feedback(FeedbackStore& store, const NewMeasureFeedback& feedback);
StoredFeedback submit_review(FeedbackStore& store, const NewReview& review);
StoredFeedback submit_appeal(FeedbackStore& store, const NewAppeal& appeal);

FeedbackResult rate_organisation(Store& store, const FeedbackRequest& request);
FeedbackResult give_opinion(Store& store, const FeedbackRequest& request);
FeedbackResult comment_on_measures(Store& store, const FeedbackRequest& request);
FeedbackResult post_review(Store& store, const FeedbackRequest& request,
                           const ReviewPolicy& policy = default_review_policy());
FeedbackResult file_appeal(Store& store, const FeedbackRequest& request);

}  // namespace nok
