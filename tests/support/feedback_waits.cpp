#include "support/feedback_waits.h"

#include <future>

namespace nok {
namespace {

// Starts a write with `start(done)` and waits for what `done` gets.
template <class Result, class Start>
Result wait_for(Start start) {
  std::promise<Result> promise;
  auto future = promise.get_future();
  start([&promise](std::exception_ptr error, Result result) {
    if (error) promise.set_exception(error);
    else promise.set_value(std::move(result));
  });
  return future.get();
}

StoredFeedback stored(FeedbackStore& store, NewFeedback feedback) {
  return wait_for<StoredFeedback>([&](FeedbackStore::FeedbackDone done) { store.submit_feedback(feedback, done); });
}

}  // namespace

StoredFeedback submit_rating(FeedbackStore& store, const NewRating& rating) { return stored(store, rating); }
StoredFeedback submit_opinion(FeedbackStore& store, const NewOpinion& opinion) { return stored(store, opinion); }
StoredFeedback submit_measure_feedback(FeedbackStore& store, const NewMeasureFeedback& feedback) {
  return stored(store, feedback);
}
StoredFeedback submit_review(FeedbackStore& store, const NewReview& review) { return stored(store, review); }
StoredFeedback submit_appeal(FeedbackStore& store, const NewAppeal& appeal) { return stored(store, appeal); }

FeedbackResult rate_organisation(Store& store, const FeedbackRequest& request) {
  return wait_for<FeedbackResult>([&](FeedbackReply reply) { rate_organisation(store, request, reply); });
}
FeedbackResult give_opinion(Store& store, const FeedbackRequest& request) {
  return wait_for<FeedbackResult>([&](FeedbackReply reply) { give_opinion(store, request, reply); });
}
FeedbackResult comment_on_measures(Store& store, const FeedbackRequest& request) {
  return wait_for<FeedbackResult>([&](FeedbackReply reply) { comment_on_measures(store, request, reply); });
}
FeedbackResult post_review(Store& store, const FeedbackRequest& request, const ReviewPolicy& policy) {
  return wait_for<FeedbackResult>([&](FeedbackReply reply) { post_review(store, request, reply, policy); });
}
FeedbackResult file_appeal(Store& store, const FeedbackRequest& request) {
  return wait_for<FeedbackResult>([&](FeedbackReply reply) { file_appeal(store, request, reply); });
}

}  // namespace nok
