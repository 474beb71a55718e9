#include "web/pages/organisation_feedback.h"

#include <kainjow/mustache.hpp>

#include "web/pages/review_view.h"
#include "web/pages/wording.h"

namespace nok::web {

using kainjow::mustache::list;
using kainjow::mustache::object;

void add_citizen_feedback(Data& data, const OrganisationFeedback& feedback) {
  list aspects;
  bool rated = false;
  for (auto aspect : ratings::all_aspects()) {
    const auto count = feedback.ratings.count(aspect);
    rated = rated || count > 0;
    list distribution;
    for (int points = 1; points <= ratings::kScaleMax; ++points)
      distribution.push_back(object{{"points", std::to_string(points)},
                                    {"count", std::to_string(feedback.ratings.distribution(aspect)[points - 1])}});
    const auto average = feedback.ratings.average(aspect);
    aspects.push_back(object{{"title", std::string(ratings::title(aspect))},
                             {"average", average ? points_text(*average) : "—"},
                             {"count", plural(count, "оценка", "оценки", "оценок")},
                             {"distribution", distribution}});
  }
  data.set("aspects", aspects);
  data.set("rated", rated);
  data.set("agree", plural(feedback.agree, "человек", "человека", "человек"));
  data.set("disagree", plural(feedback.disagree, "человек", "человека", "человек"));

  list reviews;
  for (const auto& review : feedback.reviews.items) reviews.push_back(review_data(review, kReviewExcerpt));
  data.set("reviews", reviews);
  data.set("reviews_total", plural(feedback.reviews.total, "отзыв", "отзыва", "отзывов"));
  data.set("more_reviews", feedback.reviews.total > static_cast<std::int64_t>(feedback.reviews.items.size()));
}

}  // namespace nok::web
