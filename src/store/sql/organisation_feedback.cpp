// The organisation page's view of citizens' feedback, read through a short cache: the page
// is the QR target, read on every scan.
#include <string>

#include "store/sql/sql_store.h"

namespace nok::sql {
namespace {

// "SELECT COUNT(CASE WHEN x.comfort = 1 THEN 1 END), … x.accessibility = 5 …": the
// distribution of every aspect in one pass over the cycle's counted ratings.
const std::string& rating_counts_sql() {
  static const std::string sql = [] {
    std::string columns;
    for (auto aspect : ratings::all_aspects())
      for (int points = 1; points <= ratings::kScaleMax; ++points)
        columns += std::string(columns.empty() ? "" : ", ") + "COUNT(CASE WHEN x." + std::string(ratings::code(aspect)) +
                   " = " + std::to_string(points) + " THEN 1 END)";
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
      int column = 0;
      for (auto aspect : ratings::all_aspects())
        for (int points = 1; points <= ratings::kScaleMax; ++points)
          out.ratings.add_count(aspect, points, static_cast<std::uint32_t>(r.i64(column++)));
    });
    c->run("SELECT COUNT(CASE WHEN x.agrees = 1 THEN 1 END), COUNT(CASE WHEN x.agrees = 0 THEN 1 END) "
           "FROM rating_opinions x JOIN organisations o ON o.id = x.organisation_id "
           "WHERE o.code = $1 AND x.cycle_id = $2 AND x.status = 'counted'",
           {organisation_code, cycle_id}, [&](const Row& r) {
             out.agree = r.i64(0);
             out.disagree = r.i64(1);
           });
  }
  out.reviews = published_reviews(organisation_code, latest_reviews, 0);
  feedback_.put(organisation_code, {cycle_id, latest_reviews, out});
  return out;
}

}  // namespace nok::sql
