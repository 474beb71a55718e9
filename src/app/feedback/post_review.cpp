// Reviews (отзывы): published at once when clean; personal data or abuse hold one for a
// moderator with a reason its author sees on their page.
#include "app/feedback/feedback_target.h"
#include "domain/feedback/moderation.h"
#include "domain/feedback/records.h"

namespace nok {
namespace {

constexpr int kReviewsPerDay = 5;  // [C] a person rarely reviews more places in a day

}  // namespace

FeedbackResult post_review(Store& store, const FeedbackRequest& request, const ReviewPolicy& policy) {
  auto target = find_target(store, request, /*needs_cycle=*/false);
  if (target.refused()) return target.refusal;
  auto parsed = feedback::parse_review(request.fields);
  if (!parsed.errors.empty()) return invalid(std::move(parsed.errors));
  auto reason = feedback::screen_review(parsed.record.text, policy.abuse_roots);
  return posted(store.submit_review({target.write(request), std::move(parsed.record.text), std::move(reason),
                                     daily_limit(kReviewsPerDay), parsed.record.tone}),
                kReviewsPerDay, "отзывов");
}

}  // namespace nok
