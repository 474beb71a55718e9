// Plans as the cabinet, the official and the workflow read them.
#include <string>

#include "store/sql/sql_plan_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kSelectPlans =
    "SELECT p.id, p.organisation_id, o.code, o.short_name, COALESCE(o.authority_id, 0) AS authority_id, p.cycle_id, "
    "c.year, p.state, p.version, p.return_comment, COALESCE(p.submitted_at, '') AS submitted_at, "
    "COALESCE(p.published_at, '') AS published_at "
    "FROM plans p JOIN organisations o ON o.id = p.organisation_id JOIN cycles c ON c.id = p.cycle_id ";

Plan read_plan(const Row& r) {
  Plan p;
  p.id = r.i64("id");
  p.organisation_id = r.i64("organisation_id");
  p.organisation_code = r.text("code");
  p.organisation_name = r.text("short_name");
  p.authority_id = r.i64("authority_id");
  p.cycle_id = r.i64("cycle_id");
  p.year = static_cast<int>(r.i64("year"));
  p.state = plans::parse_state(r.text("state")).value_or(plans::State::draft);
  p.version = r.i64("version");
  p.return_comment = r.text("return_comment");
  p.submitted_at = r.text("submitted_at");
  p.published_at = r.text("published_at");
  return p;
}

}  // namespace

std::optional<PublishedCycle> SqlPlanStore::published_cycle(std::int64_t organisation_id) {
  std::optional<PublishedCycle> out;
  auto c = pool_.acquire();
  c->run("SELECT c.id, c.year FROM cycle_organisations co JOIN cycles c ON c.id = co.cycle_id "
         "WHERE co.organisation_id = $1 AND c.state = 'published' ORDER BY c.year DESC LIMIT 1",
         {organisation_id}, [&](const Row& r) { out = PublishedCycle{r.i64("id"), static_cast<int>(r.i64("year"))}; });
  return out;
}

std::optional<Plan> SqlPlanStore::select_plan(std::string_view where, std::initializer_list<Param> params) {
  std::optional<Plan> out;
  auto c = pool_.acquire();
  c->run(std::string(kSelectPlans) + std::string(where), params, [&](const Row& r) { out = read_plan(r); });
  if (!out) return out;
  c->run("SELECT id, criterion, deficiency, measure, planned_date, responsible_name, responsible_position, "
         "measures_taken, COALESCE(actual_date, '') AS actual_date, COALESCE(reported_at, '') AS reported_at "
         "FROM plan_items WHERE plan_id = $1 "
         "ORDER BY criterion, id",
         {out->id}, [&](const Row& r) {
           out->items.push_back({r.i64("id"),
                                 {static_cast<int>(r.i64("criterion")), std::string(r.text("deficiency")),
                                  std::string(r.text("measure")), std::string(r.text("planned_date")),
                                  std::string(r.text("responsible_name")), std::string(r.text("responsible_position"))},
                                 {std::string(r.text("measures_taken")), std::string(r.text("actual_date"))},
                                 std::string(r.text("reported_at"))});
         });
  return out;
}

std::optional<Plan> SqlPlanStore::plan_for(std::int64_t organisation_id, std::int64_t cycle_id) {
  return select_plan("WHERE p.organisation_id = $1 AND p.cycle_id = $2", {organisation_id, cycle_id});
}

std::optional<Plan> SqlPlanStore::find_plan(std::int64_t plan_id) {
  return select_plan("WHERE p.id = $1", {plan_id});
}

std::vector<Plan> SqlPlanStore::awaiting_approval(std::int64_t authority_id) {
  std::vector<Plan> out;
  auto c = pool_.acquire();
  c->run(std::string(kSelectPlans) +
             "WHERE p.state = 'submitted' AND (CAST($1 AS BIGINT) = 0 OR o.authority_id = CAST($1 AS BIGINT)) "
             "ORDER BY p.submitted_at, p.id",
         {authority_id}, [&](const Row& r) { out.push_back(read_plan(r)); });
  return out;
}

}  // namespace nok::sql
