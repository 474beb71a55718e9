// What the operator and the council write into the results of the current edition, what
// is published of them (the organisation page, open data), and the deadline reminders sent.
#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/sql_cycle_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kSelectPublished =
    "SELECT cy.year, a.name, o.region_code, o.sphere, o.inn, r.version, r.published_at, o.code, o.short_name, "
    "r.methodology, r.scores_json, r.total, r.deficiencies, r.proposals, "
    "CASE WHEN r.version = (SELECT MAX(l.version) FROM results l WHERE l.cycle_id = r.cycle_id "
    " AND l.organisation_id = r.organisation_id AND l.published_at IS NOT NULL) THEN 1 ELSE 0 END "
    "FROM results r JOIN cycles cy ON cy.id = r.cycle_id JOIN authorities a ON a.id = cy.authority_id "
    "JOIN organisations o ON o.id = r.organisation_id ";

PublishedResult published_from(const Row& r) {
  PublishedResult p;
  p.year = static_cast<int>(r.i64(0));
  p.authority = r.text(1);
  p.region_code = r.text(2);
  p.sphere = r.text(3);
  p.inn = r.text(4);
  p.edition = static_cast<int>(r.i64(5));
  p.published_at = r.text(6);
  p.result = {std::string(r.text(7)),  std::string(r.text(8)),
              std::string(r.text(9)),  std::string(r.text(10)),
              r.null(11) ? std::nullopt : std::optional<double>(r.f64(11)),
              std::string(r.text(12)), std::string(r.text(13))};
  p.current = r.i64(14) == 1;
  return p;
}

}  // namespace

bool SqlCycleStore::save_result_text(std::int64_t cycle_id, std::int64_t expected_version,
                                     std::string_view organisation_code, ResultText which, std::string_view text,
                                     AuditEntry audit) {
  const std::string now = iso_utc_now();
  auto c = pool_.acquire();
  Transaction tx(*c);
  int edition = 0;
  std::string methodology;
  c->run("SELECT edition, methodology FROM cycles WHERE id = $1 AND version = $2", {cycle_id, expected_version},
         [&](const Row& r) {
           edition = static_cast<int>(r.i64(0));
           methodology = r.text(1);
         });
  if (edition == 0) return false;
  c->run("UPDATE cycles SET version = version + 1 WHERE id = $1", {cycle_id});
  // Before the materials are handed over, the row holds only the operator's text.
  const std::string column = which == ResultText::deficiencies ? "deficiencies" : "proposals";
  c->run("INSERT INTO results (id, cycle_id, organisation_id, version, methodology, scores_json, " + column +
             ", created_at) SELECT $1, $2, id, $3, $4, '', $5, $6 FROM organisations WHERE code = $7 "
             "ON CONFLICT (cycle_id, organisation_id, version) DO UPDATE SET " + column + " = excluded." + column,
         {new_id(), cycle_id, std::int64_t{edition}, std::string_view(methodology), text, std::string_view(now),
          organisation_code});
  append_audit(*c, audit);
  tx.commit();
  return true;
}

std::vector<PublishedResult> SqlCycleStore::published_results(std::string_view organisation_code) {
  if (auto cached = published_.find(organisation_code)) return *cached;
  std::vector<PublishedResult> out;
  auto c = pool_.acquire();
  c->run(std::string(kSelectPublished) +
             "WHERE o.code = $1 AND r.published_at IS NOT NULL ORDER BY cy.year DESC, r.version DESC",
         {organisation_code}, [&](const Row& r) { out.push_back(published_from(r)); });
  published_.put(organisation_code, out);
  return out;
}

void SqlCycleStore::each_published_result(int year, std::string_view region,
                                          const std::function<void(const PublishedResult&)>& visit) {
  auto c = pool_.acquire();
  c->run(std::string(kSelectPublished) +
             "WHERE cy.year = $1 AND ($2 = '' OR o.region_code = $2) AND r.published_at IS NOT NULL "
             "AND r.version = (SELECT MAX(l.version) FROM results l WHERE l.cycle_id = r.cycle_id "
             "AND l.organisation_id = r.organisation_id AND l.published_at IS NOT NULL) "
             "ORDER BY o.region_code, o.code",
         {std::int64_t{year}, region}, [&](const Row& r) { visit(published_from(r)); });
}

bool SqlCycleStore::mark_reminder_sent(std::int64_t cycle_id, std::string_view kind, std::string_view due,
                                       std::int64_t user_id) {
  const std::string now = iso_utc_now();
  auto c = pool_.acquire();
  return c->run("INSERT INTO deadline_reminders (cycle_id, kind, due, user_id, sent_at) VALUES ($1, $2, $3, $4, $5) "
                "ON CONFLICT (cycle_id, kind, due, user_id) DO NOTHING",
                {cycle_id, kind, due, user_id, std::string_view(now)}) == 1;
}

}  // namespace nok::sql
