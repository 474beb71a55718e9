// Plans to remove deficiencies as citizens see them, and their comments on the measures (form 4)
// with what the organisation reads of them.
#include <string>

#include "core/id.h"
#include "core/time.h"
#include "store/sql/insert.h"
#include "store/sql/sql_store.h"

namespace nok::sql {

std::vector<PlanItem> SqlStore::published_plan(std::string_view organisation_code) {
  return reads_->run([&](Connection& c) {
    std::vector<PlanItem> items;
    c.run(
        "SELECT i.id, i.criterion, i.deficiency, i.measure, i.planned_date, i.measures_taken, "
        "COALESCE(i.actual_date, '') AS actual_date, i.responsible_name, i.responsible_position FROM plan_items i "
        "WHERE i.plan_id = ("
        "SELECT p.id FROM plans p JOIN organisations o ON o.id = p.organisation_id "
        "WHERE o.code = $1 AND p.published_at IS NOT NULL ORDER BY p.published_at DESC, p.id DESC LIMIT 1) "
        "ORDER BY i.criterion, i.id",
        {organisation_code}, [&](const Row& r) {
          items.push_back({r.i64("id"), static_cast<int>(r.i64("criterion")), std::string(r.text("deficiency")),
                           std::string(r.text("measure")), std::string(r.text("planned_date")),
                           std::string(r.text("measures_taken")), std::string(r.text("actual_date")),
                           std::string(r.text("responsible_name")), std::string(r.text("responsible_position"))});
        });
    return items;
  });
}

std::vector<MeasureComment> SqlStore::measure_comments(std::string_view organisation_code, int limit) {
  std::vector<MeasureComment> out;
  auto c = pool_->acquire();
  c->run("SELECT m.id, COALESCE(i.measure, '') AS measure, m.text, m.created_at FROM measure_feedback m "
         "JOIN organisations o ON o.id = m.organisation_id LEFT JOIN plan_items i ON i.id = m.plan_item_id "
         "WHERE o.code = $1 ORDER BY m.id DESC LIMIT $2",
         {organisation_code, std::int64_t{limit}}, [&](const Row& r) {
           out.push_back({r.i64("id"), std::string(r.text("measure")), std::string(r.text("text")),
                          std::string(r.text("created_at"))});
         });
  return out;
}

void SqlStore::submit(NewMeasureFeedback n, FeedbackDone done) {
  CitizenWrite from = n.from;
  write_feedback(
      "SELECT id, 'received' AS status FROM measure_feedback WHERE citizen_id = $1 AND idempotency_key = $2", std::move(from),
      [n = std::move(n)](Connection& c, std::int64_t organisation) {
        if (post_limit_reached(c, "SELECT COUNT(*) AS n FROM measure_feedback WHERE citizen_id = $1 AND created_at >= $2",
                               n.from.citizen_id, n.limit))
          return StoredFeedback{.over_limit = true};
        StoredFeedback out{new_id(), false, false, "received"};
        const std::string now = iso_utc_now();
        Insert("measure_feedback")
            .set("id", out.id)
            .set("organisation_id", organisation)
            .set("plan_item_id", n.plan_item_id ? Param(n.plan_item_id) : Param(nullptr))
            .set("citizen_id", n.from.citizen_id)
            .set("text", n.text)
            .set("idempotency_key", text_or_null(n.from.idempotency_key))
            .set("created_at", now)
            .run(c);
        return out;
      },
      std::move(done));
}

}  // namespace nok::sql
