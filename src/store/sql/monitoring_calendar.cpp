// The posting calendar of every authority's cycle, and the authorities' yearly notes.
#include "core/time.h"
#include "domain/cycle/deadlines.h"
#include "store/sql/audit_rows.h"
#include "store/sql/monitoring_query.h"
#include "store/sql/sql_monitoring_store.h"

namespace nok::sql {

std::vector<AuthorityCalendar> SqlMonitoringStore::calendar(const MonitoringFilter& filter) {
  // The plans of the cycle's organisations: how many are published, and the latest.
  constexpr std::string_view kPublishedPlans =
      "FROM cycle_organisations co JOIN plans p ON p.cycle_id = co.cycle_id AND p.organisation_id = co.organisation_id "
      "WHERE co.cycle_id = cy.id AND p.published_at IS NOT NULL";
  // Only the conditions the filter sets (monitoring_query.h); the municipality, the sphere
  // and the organisation are not an authority's.
  Query q(
      "SELECT a.id, a.name, COALESCE(a.region_code, '') AS region_code, COALESCE(cy.state, '') AS state, "
      "COALESCE(cy.submitted_at, '') AS submitted_at, COALESCE(cy.approved_at, '') AS approved_at, "
      "COALESCE(cy.published_at, '') AS published_at, "
      "(SELECT COUNT(*) FROM cycle_organisations co WHERE co.cycle_id = cy.id) AS plans_expected, "
      "(SELECT COUNT(*) " + std::string(kPublishedPlans) + ") AS plans_published, "
      "(SELECT COALESCE(MAX(p.published_at), '') " + std::string(kPublishedPlans) + ") AS last_plan_published_at "
      "FROM authorities a LEFT JOIN cycles cy ON cy.authority_id = a.id AND cy.year = ");
  q.bind(std::int64_t{filter.year});
  if (!filter.region_code.empty()) q.where("a.region_code = ").bind(std::string_view(filter.region_code));
  if (filter.authority_id != 0) q.where("a.id = ").bind(filter.authority_id);
  q += " ORDER BY COALESCE(a.region_code, ''), a.name, a.id";
  return reads_.run([&](Connection& c) {
    std::vector<AuthorityCalendar> out;
    q.run(c, [&](const Row& r) {
      AuthorityCalendar a;
      a.authority_id = r.i64("id");
      a.authority_name = r.text("name");
      a.region_code = r.text("region_code");
      a.cycle_state = r.text("state");
      a.approved_at = r.text("approved_at");
      a.published_at = r.text("published_at");
      a.plans_expected = r.i64("plans_expected");
      a.plans_published = r.i64("plans_published");
      a.last_plan_published_at = r.text("last_plan_published_at");
      if (!a.cycle_state.empty()) {
        // The due dates follow from the steps taken (domain/cycle/deadlines.h), not from the day.
        for (const auto& d : cycle::deadlines(
                 {filter.year, std::string(r.text("submitted_at")), a.approved_at, a.published_at, ""}, ""))
          (d.kind == cycle::DeadlineKind::council_decision ? a.council_due
           : d.kind == cycle::DeadlineKind::publication    ? a.publish_due
                                                           : a.plans_due) = d.due;
      }
      out.push_back(std::move(a));
    });
    return out;
  });
}

MonitoringNotes SqlMonitoringStore::notes(std::int64_t authority_id, int year) {
  MonitoringNotes out;
  auto c = pool_.acquire();
  c->run("SELECT results_use, popularisation, updated_at FROM monitoring_notes WHERE authority_id = $1 AND year = $2",
         {authority_id, std::int64_t{year}}, [&](const Row& r) {
           out = {std::string(r.text("results_use")), std::string(r.text("popularisation")),
                  std::string(r.text("updated_at"))};
         });
  return out;
}

void SqlMonitoringStore::save_notes(std::int64_t authority_id, int year, const MonitoringNotes& notes,
                                    const AuditEntry& audit) {
  const std::string now = iso_utc_now();
  auto c = pool_.acquire();
  Transaction tx(*c);
  c->run("INSERT INTO monitoring_notes (authority_id, year, results_use, popularisation, updated_at) "
         "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (authority_id, year) DO UPDATE SET "
         "results_use = excluded.results_use, popularisation = excluded.popularisation, updated_at = excluded.updated_at",
         {authority_id, std::int64_t{year}, std::string_view(notes.results_use), std::string_view(notes.popularisation),
          std::string_view(now)});
  append_audit(*c, audit);
  tx.commit();
}

}  // namespace nok::sql
