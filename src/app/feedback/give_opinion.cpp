// Form 1 (docs/domain.md#citizen-forms): agree or disagree with the rating, one opinion per citizen,
// organisation and cycle. The total the citizen saw is kept with the opinion.
#include "app/feedback/feedback_target.h"
#include "core/time.h"
#include "domain/feedback/records.h"
#include "domain/methodology/score.h"

namespace nok {

void give_opinion(Store& store, const FeedbackRequest& request, FeedbackReply reply) {
  auto target = find_target(store, request, /*needs_cycle=*/true);
  if (target.refused()) return refuse(reply, std::move(target.refusal));
  auto parsed = feedback::parse_opinion(request.fields);
  if (!parsed.errors.empty()) return refuse(reply, invalid(std::move(parsed.errors)));
  std::optional<double> total;
  if (auto card = store.assessment_card(target.org->code, current_year()))
    total = methodology::score(request.edition ? *request.edition : methodology::default_methodology(),
                               target.org->sphere, card->tally, card->expert)
                .total;
  store_feedback(store,
                 NewOpinion{target.write(request), target.assessment->cycle_id, parsed.record.agrees,
                            std::move(parsed.record.comment), total},
                 std::move(reply));
}

}  // namespace nok
