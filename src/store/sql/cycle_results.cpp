// What the operator and the council write into the results of the current edition, what
// is published of them (the organisation page, open data), and the deadline reminders sent.
#include <algorithm>

#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/insert.h"
#include "store/sql/sql_cycle_store.h"

namespace nok::sql {
namespace {

// Whether a result row `r` is its organisation's current published edition in its cycle.
const std::string kCurrentEdition =
    "r.version = (SELECT MAX(l.version) FROM results l WHERE l.cycle_id = r.cycle_id "
    "AND l.organisation_id = r.organisation_id AND l.published_at IS NOT NULL)";

const std::string kSelectPublished =
    "SELECT cy.year, a.name AS authority, o.region_code, o.sphere, o.inn, r.version AS edition, r.published_at, "
    "o.code, o.short_name, r.methodology, r.scores_json, r.total, r.deficiencies, r.proposals, "
    "CASE WHEN " + kCurrentEdition + " THEN 1 ELSE 0 END AS is_current "
    "FROM results r JOIN cycles cy ON cy.id = r.cycle_id JOIN authorities a ON a.id = cy.authority_id "
    "JOIN organisations o ON o.id = r.organisation_id ";

PublishedResult published_from(const Row& r) {
  PublishedResult p;
  p.year = static_cast<int>(r.i64("year"));
  p.authority = r.text("authority");
  p.region_code = r.text("region_code");
  p.sphere = r.text("sphere");
  p.inn = r.text("inn");
  p.edition = static_cast<int>(r.i64("edition"));
  p.published_at = r.text("published_at");
  p.result = {std::string(r.text("code")),
              std::string(r.text("short_name")),
              std::string(r.text("methodology")),
              std::string(r.text("scores_json")),
              r.null("total") ? std::nullopt : std::optional<double>(r.f64("total")),
              std::string(r.text("deficiencies")),
              std::string(r.text("proposals"))};
  p.current = r.i64("is_current") == 1;
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
           edition = static_cast<int>(r.i64("edition"));
           methodology = r.text("methodology");
         });
  if (edition == 0) return false;
  c->run("UPDATE cycles SET version = version + 1 WHERE id = $1", {cycle_id});
  // Before the materials are handed over, the row holds only the operator's text.
  const std::string column = which == ResultText::deficiencies ? "deficiencies" : "proposals";
  Insert("results")
      .set("id", new_id())
      .set("cycle_id", cycle_id)
      .set_expression("organisation_id", "id")
      .set("version", std::int64_t{edition})
      .set("methodology", methodology)
      .set_expression("scores_json", "''")
      .set(column, text)
      .set("created_at", now)
      .from("organisations WHERE code = $?", {organisation_code})
      .then("ON CONFLICT (cycle_id, organisation_id, version) DO UPDATE SET " + column + " = excluded." + column)
      .run(*c);
  append_audit(*c, audit);
  tx.commit();
  return true;
}

std::vector<PublishedResult> SqlCycleStore::published_results(std::string_view organisation_code) {
  if (auto cached = published_.find(organisation_code)) return *cached;
  auto out = reads_.run([&](Connection& c) {
    std::vector<PublishedResult> found;
    c.run(std::string(kSelectPublished) +
              "WHERE o.code = $1 AND r.published_at IS NOT NULL ORDER BY cy.year DESC, r.version DESC",
          {organisation_code}, [&](const Row& r) { found.push_back(published_from(r)); });
    return found;
  });
  published_.put(organisation_code, out);
  return out;
}

void SqlCycleStore::each_published_result(int year, std::string_view region,
                                          const std::function<void(const PublishedResult&)>& visit) {
  auto c = reads_.acquire();  // `visit` hands rows on as they come: no second try
  c->run(kSelectPublished +
             "WHERE cy.year = $1 AND ($2 = '' OR o.region_code = $2) AND r.published_at IS NOT NULL AND " +
             kCurrentEdition + " ORDER BY o.region_code, o.code",
         {std::int64_t{year}, region}, [&](const Row& r) { visit(published_from(r)); });
}

YearMeans SqlCycleStore::published_means(int year) {
  const auto key = std::to_string(year);
  if (auto kept = means_.find(key)) return *kept;
  auto out = reads_.run([&](Connection& c) {
    YearMeans read;
    for (auto [column, means] : {std::pair{"region_code", &read.by_region}, {"sphere", &read.by_sphere}})
      c.run("SELECT o." + std::string(column) +
                " AS key, AVG(r.total) AS mean, COUNT(*) AS n "
                "FROM results r JOIN cycles cy ON cy.id = r.cycle_id JOIN organisations o ON o.id = r.organisation_id "
                "WHERE cy.year = $1 AND r.total IS NOT NULL AND r.published_at IS NOT NULL AND " +
                kCurrentEdition + " GROUP BY o." + column,
            {std::int64_t{year}}, [&](const Row& r) {
              means->emplace(std::string(r.text("key")), GroupMean{r.f64("mean"), r.i64("n")});
            });
    return read;
  });
  means_.put(key, out);
  return out;
}

std::vector<PublishedYear> SqlCycleStore::published_years() {
  return reads_.run([&](Connection& c) {
    std::vector<PublishedYear> out;
    // One row per organisation and cycle with any published edition, as each_published_result.
    c.run(
        "SELECT cy.year, COUNT(*) AS n FROM (SELECT DISTINCT r.cycle_id, r.organisation_id FROM results r "
        "WHERE r.published_at IS NOT NULL) p JOIN cycles cy ON cy.id = p.cycle_id GROUP BY cy.year ORDER BY cy.year "
        "DESC",
        {}, [&](const Row& r) {
          out.push_back({static_cast<int>(r.i64("year")), r.i64("n"), {}});
        });
    c.run(
        "SELECT DISTINCT cy.year, r.methodology FROM results r JOIN cycles cy ON cy.id = r.cycle_id "
        "WHERE r.published_at IS NOT NULL ORDER BY cy.year DESC, r.methodology",
        {}, [&](const Row& r) {
          for (auto& y : out)
            if (y.year == r.i64("year")) y.methodologies.push_back(std::string(r.text("methodology")));
        });
    // Byte order on both engines (PostgreSQL's collation would order "a-b" and "a.b" otherwise).
    for (auto& y : out) std::sort(y.methodologies.begin(), y.methodologies.end());
    return out;
  });
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
