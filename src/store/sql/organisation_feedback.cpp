// The organisation page's view of citizens' feedback, read through a short cache: the page
// is the QR target, read on every scan.
#include <string>
#include <vector>

#include "store/sql/sql_store.h"

namespace nok::sql {
namespace {

// One cell of the distribution: how many counted ratings gave `aspect` `points`, in the
// column named "<aspect>_<points>" (comfort_1 … accessibility_5).
struct RatingCount {
  ratings::Aspect aspect;
  int points;
  std::string column;
};

const std::vector<RatingCount>& rating_counts() {
  static const std::vector<RatingCount> counts = [] {
    std::vector<RatingCount> out;
    for (auto aspect : ratings::all_aspects())
      for (int points = 1; points <= ratings::kScaleMax; ++points)
        out.push_back({aspect, points, std::string(ratings::code(aspect)) + "_" + std::to_string(points)});
    return out;
  }();
  return counts;
}

// "SELECT COUNT(CASE WHEN x.comfort = 1 THEN 1 END) AS comfort_1, … x.accessibility = 5 …":
// the distribution of every aspect in one pass over the cycle's counted ratings.
const std::string& rating_counts_sql() {
  static const std::string sql = [] {
    std::string columns;
    for (const auto& count : rating_counts())
      columns += std::string(columns.empty() ? "" : ", ") + "COUNT(CASE WHEN x." +
                 std::string(ratings::code(count.aspect)) + " = " + std::to_string(count.points) + " THEN 1 END) AS " +
                 count.column;
    return "SELECT " + columns +
           " FROM ratings x JOIN organisations o ON o.id = x.organisation_id "
           "WHERE o.code = $1 AND x.cycle_id = $2 AND x.status = 'counted'";
  }();
  return sql;
}

}  // namespace

OrganisationFeedback SqlStore::organisation_feedback(std::string_view organisation_code, std::int64_t cycle_id,
                                                     int latest_reviews) {
  if (auto cached = feedback_.find(organisation_code);
      cached && cached->cycle_id == cycle_id && cached->latest == latest_reviews)
    return cached->feedback;
  OrganisationFeedback out;
  if (cycle_id) {
    auto c = pool_->acquire();
    c->run(rating_counts_sql(), {organisation_code, cycle_id}, [&](const Row& r) {
      for (const auto& count : rating_counts())
        out.ratings.add_count(count.aspect, count.points, static_cast<std::uint32_t>(r.i64(count.column)));
    });
    c->run("SELECT COUNT(CASE WHEN x.agrees = 1 THEN 1 END) AS agree, COUNT(CASE WHEN x.agrees = 0 THEN 1 END) AS disagree "
           "FROM rating_opinions x JOIN organisations o ON o.id = x.organisation_id "
           "WHERE o.code = $1 AND x.cycle_id = $2 AND x.status = 'counted'",
           {organisation_code, cycle_id}, [&](const Row& r) {
             out.agree = r.i64("agree");
             out.disagree = r.i64("disagree");
           });
  }
  out.reviews = published_reviews(organisation_code, latest_reviews, 0);
  feedback_.put(organisation_code, {cycle_id, latest_reviews, out});
  return out;
}

}  // namespace nok::sql
