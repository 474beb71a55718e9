// Form 4 (docs/domain.md): what the citizen thinks of the measures taken against deficiencies,
// on one item of the organisation's published plan or in general.
#include <algorithm>

#include "app/feedback/feedback_target.h"
#include "domain/feedback/records.h"

namespace nok {
namespace {

constexpr int kCommentsPerDay = 10;  // [C] a plan has a few items, a person comments on some of them

}  // namespace

void comment_on_measures(Store& store, const FeedbackRequest& request, FeedbackReply reply) {
  auto target = find_target(store, request, /*needs_cycle=*/false);
  if (target.refused()) return refuse(reply, std::move(target.refusal));
  auto parsed = feedback::parse_measure_feedback(request.fields);
  if (!parsed.errors.empty()) return refuse(reply, invalid(std::move(parsed.errors)));
  if (const auto item = parsed.record.plan_item_id) {
    const auto plan = store.published_plan(target.org->code);
    if (std::none_of(plan.begin(), plan.end(), [&](const PlanItem& i) { return i.id == item; }))
      return refuse(reply, invalid({{"measures_bad_item", "Выберите мероприятие из плана организации", 0, "plan_item"}}));
  }
  store_feedback(store,
                 NewMeasureFeedback{target.write(request), parsed.record.plan_item_id, std::move(parsed.record.text),
                                    daily_limit(kCommentsPerDay)},
                 std::move(reply), kCommentsPerDay, "комментариев к мероприятиям");
}

}  // namespace nok
