// Form 2 (docs/domain.md): the five aspects in points, one rating per citizen, organisation and cycle.
#include "app/feedback/feedback_target.h"
#include "domain/ratings/rating.h"

namespace nok {

void rate_organisation(Store& store, const FeedbackRequest& request, FeedbackReply reply) {
  auto target = find_target(store, request, /*needs_cycle=*/true);
  if (target.refused()) return refuse(reply, std::move(target.refusal));
  std::vector<Field> fields = request.fields;
  fields.push_back({"org", target.org->code});
  auto parsed = ratings::parse_rating(fields);
  for (auto& e : parsed.errors) {  // the record reader speaks to files; these speak to the person
    if (e.code == "rating_bad_points") e.message = "Выберите оценку от 1 («неудовлетворительно») до 5 («отлично»)";
    if (e.code == "rating_empty") {
      e.message = "Оцените хотя бы один пункт";
      e.column = ratings::code(ratings::all_aspects().front());
    }
  }
  if (!parsed.errors.empty()) return refuse(reply, invalid(std::move(parsed.errors)));
  store_feedback(store, NewRating{target.write(request), target.assessment->cycle_id, parsed.rating.points},
                 std::move(reply));
}

}  // namespace nok
