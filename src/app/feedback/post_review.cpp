// Reviews (отзывы): published at once when clean; personal data or abuse hold one for a
// moderator with a reason its author sees on their page.
#include "app/feedback/feedback_target.h"
#include "domain/feedback/moderation.h"
#include "domain/feedback/records.h"

namespace nok {
namespace {

constexpr int kReviewsPerDay = 5;  // [C] a person rarely reviews more places in a day

}  // namespace

void post_review(Store& store, const FeedbackRequest& request, FeedbackReply reply, const ReviewPolicy& policy) {
  auto target = find_target(store, request, /*needs_cycle=*/false);
  if (target.refused()) return refuse(reply, std::move(target.refusal));
  auto parsed = feedback::parse_review(request.fields);
  if (!parsed.errors.empty()) return refuse(reply, invalid(std::move(parsed.errors)));
  auto reason = feedback::screen_review(parsed.record.text, policy.abuse_roots);
  store_feedback(store,
                 NewReview{target.write(request), std::move(parsed.record.text), std::move(reason),
                           daily_limit(kReviewsPerDay), parsed.record.tone},
                 std::move(reply), kReviewsPerDay, "отзывов");
}

}  // namespace nok
