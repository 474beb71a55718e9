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
  static const std::string surveys =
      joined("x.status, x.received_at AS created_at, COALESCE(x.moderation_reason, '') AS moderation_reason", "responses");
  static const std::string rated =
      joined("x.status, x.created_at, x.comfort, x.politeness, x.information, x.booking, x.accessibility", "ratings");
  static const std::string opinions = joined("x.status, x.created_at, x.agrees, x.comment", "rating_opinions");
  static const std::string measures =
      joined("'received' AS status, x.created_at, COALESCE(i.measure, '') AS measure, x.text", "measure_feedback") +
      "LEFT JOIN plan_items i ON i.id = x.plan_item_id ";

  CitizenActivity out;
  auto c = pool_->acquire();
  out.surveys = entries<SurveyEntry>(*c, surveys, citizen_id, limit, [](const Row& r) {
    return SurveyEntry{read_head(r), std::string(r.text("moderation_reason"))};
  });
  out.ratings = entries<RatingEntry>(*c, rated, citizen_id, limit, [](const Row& r) {
    RatingEntry e{read_head(r)};
    for (ratings::Aspect a : ratings::all_aspects())  // each aspect's column is named by its code
      if (const auto column = ratings::code(a); !r.null(column))
        e.points[static_cast<std::size_t>(a)] = static_cast<std::uint8_t>(r.i64(column));
    return e;
  });
  out.opinions = entries<OpinionEntry>(*c, opinions, citizen_id, limit, [](const Row& r) {
    return OpinionEntry{read_head(r), r.i64("agrees") == 1, std::string(r.text("comment"))};
  });
  out.measure_feedback = entries<MeasureFeedbackEntry>(*c, measures, citizen_id, limit, [](const Row& r) {
    return MeasureFeedbackEntry{read_head(r), std::string(r.text("measure")), std::string(r.text("text"))};
  });
  out.reviews = entries<Review>(*c, std::string(kSelectReviews), citizen_id, limit, read_review);
  out.appeals = entries<Appeal>(*c, std::string(kSelectAppeals), citizen_id, limit, read_appeal);
  return out;
}

}  // namespace nok::sql
