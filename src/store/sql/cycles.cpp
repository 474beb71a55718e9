// Assessment cycles and the organisations they include.
#include "core/id.h"
#include "core/time.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_store.h"

namespace nok::sql {

std::int64_t SqlStore::open_cycle(const std::string& authority, int year, const std::string& methodology) {
  const std::string now = iso_utc_now();
  std::int64_t id = 0;
  auto c = pool_->acquire();
  Transaction tx(*c);
  c->run("SELECT id FROM authorities WHERE name = $1", {std::string_view(authority)},
         [&](const Row& r) { id = r.i64("id"); });
  if (id == 0) throw DatabaseError("уполномоченный орган «" + authority + "» не найден");
  const std::int64_t authority_id = id;
  c->run("INSERT INTO cycles (id, year, authority_id, state, methodology, created_at) "
         "VALUES ($1, $2, $3, 'collecting', $4, $5) ON CONFLICT (authority_id, year) DO NOTHING",
         {new_id(), std::int64_t{year}, authority_id, std::string_view(methodology), std::string_view(now)});
  c->run("SELECT id FROM cycles WHERE authority_id = $1 AND year = $2", {authority_id, std::int64_t{year}},
         [&](const Row& r) { id = r.i64("id"); });
  tx.commit();
  return id;
}

void SqlStore::include_in_cycle(std::int64_t cycle_id,
                                const std::vector<std::pair<std::string, std::int64_t>>& codes_and_targets) {
  std::vector<std::int64_t> organisations;  // looked up before the transaction holds a connection
  for (const auto& [code, target] : codes_and_targets) organisations.push_back(organisation_id(code));
  auto c = pool_->acquire();
  Transaction tx(*c);
  for (std::size_t i = 0; i < codes_and_targets.size(); ++i) {
    count_membership(*c, cycle_id, organisations[i], -1);  // the earlier target, if any
    c->run("INSERT INTO cycle_organisations (cycle_id, organisation_id, sample_target) VALUES ($1, $2, $3) "
           "ON CONFLICT (cycle_id, organisation_id) DO UPDATE SET sample_target = excluded.sample_target",
           {cycle_id, organisations[i], codes_and_targets[i].second});
    count_membership(*c, cycle_id, organisations[i], +1);
  }
  tx.commit();
  cache_events_.changed(*c, Stale::cycles);
}

std::optional<Assessment> SqlStore::assessment_of(std::string_view organisation_code, int year) {
  const std::string key = std::string(organisation_code) + "|" + std::to_string(year);
  if (auto cached = assessments_.find(key)) return cached;
  auto out = reads_->run([&](Connection& c) {
    std::optional<Assessment> found;
    c.run(
        "SELECT c.id AS cycle_id, c.year, c.state, a.name AS authority, co.sample_target, c.methodology "
        "FROM organisations o "
        "JOIN cycle_organisations co ON co.organisation_id = o.id "
        "JOIN cycles c ON c.id = co.cycle_id JOIN authorities a ON a.id = c.authority_id "
        "WHERE o.code = $1 AND c.year = $2",
        {organisation_code, std::int64_t{year}}, [&](const Row& r) {
          found = Assessment{r.i64("cycle_id"),
                             static_cast<int>(r.i64("year")),
                             std::string(r.text("state")),
                             std::string(r.text("authority")),
                             r.i64("sample_target"),
                             std::string(r.text("methodology"))};
        });
    return found;
  });
  if (out) assessments_.put(key, *out);
  return out;
}

std::optional<AssessmentCard> SqlStore::assessment_card(std::string_view organisation_code, int year) {
  // Keyed by code alone, so that a submission can drop exactly its organisation's card.
  if (auto cached = cards_.find(organisation_code); cached && cached->assessment.year == year) return cached;
  auto assessment = assessment_of(organisation_code, year);
  if (!assessment) return std::nullopt;
  AssessmentCard card{*assessment, survey_tally(organisation_code, assessment->cycle_id),
                      expert_inputs(organisation_code, assessment->cycle_id)};
  cards_.put(organisation_code, card);
  return card;
}

}  // namespace nok::sql
