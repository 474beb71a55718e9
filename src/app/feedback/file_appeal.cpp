// Appeals (обращения): private to their author, answered by the organisation within 30 days
// (Федеральный закон № 59-ФЗ, ст. 12).
#include <chrono>

#include "app/feedback/feedback_target.h"
#include "core/time.h"
#include "domain/feedback/records.h"

namespace nok {
namespace {

constexpr int kAppealsPerDay = 5;  // [C] more is a campaign, not a person's letters

}  // namespace

void file_appeal(Store& store, const FeedbackRequest& request, FeedbackReply reply) {
  auto target = find_target(store, request, /*needs_cycle=*/false);
  if (target.refused()) return refuse(reply, std::move(target.refusal));
  auto parsed = feedback::parse_appeal(request.fields);
  if (!parsed.errors.empty()) return refuse(reply, invalid(std::move(parsed.errors)));
  const auto due = iso_utc(std::chrono::system_clock::now() + std::chrono::days(30));
  store_feedback(store,
                 NewAppeal{target.write(request), std::move(parsed.record.subject), std::move(parsed.record.text), due,
                           daily_limit(kAppealsPerDay)},
                 std::move(reply), kAppealsPerDay, "обращений");
}

}  // namespace nok
