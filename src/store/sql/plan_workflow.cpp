// The plan's workflow: drafting, submitting, the official's decision and progress reports.
// Every change is guarded by plans.version and audited in its own transaction.
#include <string>

#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_plan_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kEditable = "state IN ('draft', 'returned')";
constexpr std::string_view kSubmitted = "state = 'submitted'";
constexpr std::string_view kApproved = "state = 'approved'";

std::int64_t write_item(Connection& c, std::string_view sql, std::int64_t item_id, std::int64_t plan_id,
                        const plans::ItemDraft& i) {
  return c.run(sql, {item_id, plan_id, std::int64_t{i.criterion}, std::string_view(i.deficiency),
                     std::string_view(i.measure), std::string_view(i.planned_date),
                     std::string_view(i.responsible_name), std::string_view(i.responsible_position)});
}

}  // namespace

std::optional<std::int64_t> SqlPlanStore::create_plan(std::int64_t organisation_id, std::int64_t cycle_id,
                                                      AuditEntry audit) {
  const std::int64_t id = new_id();
  const std::string now = iso_utc_now();
  auto c = pool_.acquire();
  Transaction tx(*c);
  if (c->run("INSERT INTO plans (id, organisation_id, cycle_id, version, state, created_at) "
             "VALUES ($1, $2, $3, 1, 'draft', $4) ON CONFLICT (organisation_id, cycle_id) DO NOTHING",
             {id, organisation_id, cycle_id, std::string_view(now)}) != 1)
    return std::nullopt;
  count_plan(*c, id, +1);
  audit.object_id = std::to_string(id);
  append_audit(*c, audit);
  tx.commit();
  return id;
}

bool SqlPlanStore::guarded(const PlanChange& change, std::string_view state_condition,
                           const std::function<bool(Connection&)>& body) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  if (c->run("UPDATE plans SET version = version + 1 WHERE id = $1 AND version = $2 AND " + std::string(state_condition),
             {change.plan_id, change.version}) != 1)
    return false;
  count_plan(*c, change.plan_id, -1);  // the plan's figures as they were, then as the change leaves them
  if (!body(*c)) return false;  // the transaction rolls back, version included
  count_plan(*c, change.plan_id, +1);
  append_audit(*c, change.audit);
  tx.commit();
  return true;
}

bool SqlPlanStore::add_item(const PlanChange& change, const plans::ItemDraft& item) {
  return guarded(change, kEditable, [&](Connection& c) {
    return write_item(c,
                      "INSERT INTO plan_items (id, plan_id, criterion, deficiency, measure, planned_date, "
                      "responsible_name, responsible_position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                      new_id(), change.plan_id, item) == 1;
  });
}

bool SqlPlanStore::change_item(const PlanChange& change, std::int64_t item_id, const plans::ItemDraft& item) {
  return guarded(change, kEditable, [&](Connection& c) {
    return write_item(c,
                      "UPDATE plan_items SET criterion = $3, deficiency = $4, measure = $5, planned_date = $6, "
                      "responsible_name = $7, responsible_position = $8 WHERE id = $1 AND plan_id = $2",
                      item_id, change.plan_id, item) == 1;
  });
}

bool SqlPlanStore::remove_item(const PlanChange& change, std::int64_t item_id) {
  return guarded(change, kEditable, [&](Connection& c) {
    return c.run("DELETE FROM plan_items WHERE id = $1 AND plan_id = $2", {item_id, change.plan_id}) == 1;
  });
}

bool SqlPlanStore::submit(const PlanChange& change) {
  const std::string now = iso_utc_now();
  return guarded(change, kEditable, [&](Connection& c) {
    std::int64_t items = 0;
    c.run("SELECT COUNT(*) AS n FROM plan_items WHERE plan_id = $1", {change.plan_id},
          [&](const Row& r) { items = r.i64("n"); });
    return items > 0 && c.run("UPDATE plans SET state = 'submitted', submitted_at = $2 WHERE id = $1",
                              {change.plan_id, std::string_view(now)}) == 1;
  });
}

bool SqlPlanStore::approve(const PlanChange& change, std::int64_t user_id) {
  const std::string now = iso_utc_now();
  return guarded(change, kSubmitted, [&](Connection& c) {
    return c.run("UPDATE plans SET state = 'approved', published_at = $2, decided_by = $3, decided_at = $2, "
                 "return_comment = '' WHERE id = $1",
                 {change.plan_id, std::string_view(now), user_id}) == 1;
  });
}

bool SqlPlanStore::send_back(const PlanChange& change, std::int64_t user_id, const std::string& comment) {
  const std::string now = iso_utc_now();
  return guarded(change, kSubmitted, [&](Connection& c) {
    return c.run("UPDATE plans SET state = 'returned', decided_by = $3, decided_at = $2, return_comment = $4 "
                 "WHERE id = $1",
                 {change.plan_id, std::string_view(now), user_id, std::string_view(comment)}) == 1;
  });
}

bool SqlPlanStore::report(const PlanChange& change, std::int64_t item_id, const plans::ProgressReport& report) {
  const std::string now = iso_utc_now();
  return guarded(change, kApproved, [&](Connection& c) {
    return c.run("UPDATE plan_items SET measures_taken = $3, actual_date = $4, reported_at = $5 "
                 "WHERE id = $1 AND plan_id = $2",
                 {item_id, change.plan_id, std::string_view(report.measures_taken),
                  std::string_view(report.actual_date), std::string_view(now)}) == 1;
  });
}

}  // namespace nok::sql
