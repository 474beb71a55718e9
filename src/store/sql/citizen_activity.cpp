// Everything one citizen gave, for their own page: surveys, ratings, opinions, comments on
// measures, reviews and appeals, newest first.
#include <string>

#include "store/sql/feedback_rows.h"
#include "store/sql/sql_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kOfCitizen = "WHERE x.citizen_id = $1 ORDER BY x.id DESC LIMIT $2";

template <class Entry, class Read>
std::vector<Entry> entries(Connection& c, const std::string& select, std::int64_t citizen_id, int limit, Read read) {
  std::vector<Entry> out;
  c.run(select + std::string(kOfCitizen), {citizen_id, std::int64_t{limit}},
        [&](const Row& r) { out.push_back(read(r)); });
  return out;
}

std::string joined(std::string_view columns, std::string_view table) {
  return "SELECT x.id, o.code, o.short_name, " + std::string(columns) + " FROM " + std::string(table) +
         " x JOIN organisations o ON o.id = x.organisation_id ";
}

}  // namespace

CitizenActivity SqlStore::citizen_activity(std::int64_t citizen_id, int limit) {
  static const std::string surveys = joined("x.status, x.received_at, COALESCE(x.moderation_reason, '')", "responses");
  static const std::string rated =
      joined("x.status, x.created_at, x.comfort, x.politeness, x.information, x.booking, x.accessibility", "ratings");
  static const std::string opinions = joined("x.status, x.created_at, x.agrees, x.comment", "rating_opinions");
  static const std::string measures =
      joined("'received', x.created_at, COALESCE(i.measure, ''), x.text", "measure_feedback") +
      "LEFT JOIN plan_items i ON i.id = x.plan_item_id ";

  CitizenActivity out;
  auto c = pool_->acquire();
  out.surveys = entries<SurveyEntry>(*c, surveys, citizen_id, limit, [](const Row& r) {
    return SurveyEntry{read_head(r), std::string(r.text(5))};
  });
  out.ratings = entries<RatingEntry>(*c, rated, citizen_id, limit, [](const Row& r) {
    RatingEntry e{read_head(r)};
    for (std::size_t a = 0; a < ratings::kAspectCount; ++a)  // columns in ratings::Aspect order
      if (!r.null(static_cast<int>(5 + a))) e.points[a] = static_cast<std::uint8_t>(r.i64(static_cast<int>(5 + a)));
    return e;
  });
  out.opinions = entries<OpinionEntry>(*c, opinions, citizen_id, limit, [](const Row& r) {
    return OpinionEntry{read_head(r), r.i64(5) == 1, std::string(r.text(6))};
  });
  out.measure_feedback = entries<MeasureFeedbackEntry>(*c, measures, citizen_id, limit, [](const Row& r) {
    return MeasureFeedbackEntry{read_head(r), std::string(r.text(5)), std::string(r.text(6))};
  });
  out.reviews = entries<Review>(*c, std::string(kSelectReviews), citizen_id, limit, read_review);
  out.appeals = entries<Appeal>(*c, std::string(kSelectAppeals), citizen_id, limit, read_appeal);
  return out;
}

}  // namespace nok::sql
