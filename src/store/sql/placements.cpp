// Where organisations have placed their QR codes, and the authorities' overview of it.
#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/insert.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_placement_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kPlacementSelect =
    "SELECT id, organisation_id, carrier, place, note, COALESCE(confirmed_at, '') AS confirmed_at, created_at "
    "FROM placements ";

Placement read_placement(const Row& r) {
  return {r.i64("id"),
          r.i64("organisation_id"),
          std::string(r.text("carrier")),
          std::string(r.text("place")),
          std::string(r.text("note")),
          std::string(r.text("confirmed_at")),
          std::string(r.text("created_at"))};
}

}  // namespace

Placement SqlPlacementStore::add_placement(const Placement& placement, AuditEntry audit) {
  Placement p = placement;
  p.id = new_id();
  p.created_at = iso_utc_now();
  p.confirmed_at.clear();
  auto c = pool_.acquire();
  Transaction tx(*c);
  Insert("placements")
      .set("id", p.id)
      .set("organisation_id", p.organisation_id)
      .set("carrier", p.carrier)
      .set("place", p.place)
      .set("note", p.note)
      .set("created_at", p.created_at)
      .run(*c);
  count_placement(*c, p.id, +1);
  audit.object_id = std::to_string(p.id);
  append_audit(*c, audit);
  tx.commit();
  return p;
}

std::vector<Placement> SqlPlacementStore::placements(std::int64_t organisation_id) {
  std::vector<Placement> out;
  auto c = pool_.acquire();
  c->run(std::string(kPlacementSelect) + "WHERE organisation_id = $1 AND removed_at IS NULL ORDER BY id",
         {organisation_id}, [&](const Row& r) { out.push_back(read_placement(r)); });
  return out;
}

std::optional<Placement> SqlPlacementStore::find_placement(std::int64_t id) {
  std::optional<Placement> out;
  auto c = pool_.acquire();
  c->run(std::string(kPlacementSelect) + "WHERE id = $1 AND removed_at IS NULL", {id},
         [&](const Row& r) { out = read_placement(r); });
  return out;
}

bool SqlPlacementStore::confirm_placement(std::int64_t id, std::int64_t user_id, AuditEntry audit) {
  const std::string now = iso_utc_now();
  auto c = pool_.acquire();
  Transaction tx(*c);
  count_placement(*c, id, -1);
  if (c->run("UPDATE placements SET confirmed_at = $2, confirmed_by = $3 "
             "WHERE id = $1 AND confirmed_at IS NULL AND removed_at IS NULL",
             {id, std::string_view(now), user_id ? Param(user_id) : Param(nullptr)}) != 1)
    return false;
  count_placement(*c, id, +1);
  append_audit(*c, audit);
  tx.commit();
  return true;
}

bool SqlPlacementStore::remove_placement(std::int64_t id, AuditEntry audit) {
  const std::string now = iso_utc_now();
  auto c = pool_.acquire();
  Transaction tx(*c);
  count_placement(*c, id, -1);
  if (c->run("UPDATE placements SET removed_at = $2 WHERE id = $1 AND removed_at IS NULL",
             {id, std::string_view(now)}) != 1)
    return false;
  count_placement(*c, id, +1);
  append_audit(*c, audit);
  tx.commit();
  return true;
}

std::vector<PlacementOverviewRow> SqlPlacementStore::overview(std::int64_t authority_id, std::string_view region_code,
                                                              int year) {
  std::vector<PlacementOverviewRow> out;
  std::int64_t last_id = 0;
  const std::string region(region_code);  // an empty view may have no data: it would bind as NULL
  auto c = pool_.acquire();
  c->run("SELECT o.id, o.code, o.short_name, o.region_code, p.place, p.confirmed_at FROM organisations o "
         "LEFT JOIN placements p ON p.organisation_id = o.id AND p.removed_at IS NULL "
         "WHERE (CAST($1 AS BIGINT) = 0 OR o.authority_id = CAST($1 AS BIGINT)) AND ($2 = '' OR o.region_code = $2) "
         "AND EXISTS (SELECT 1 FROM cycle_organisations co JOIN cycles cy ON cy.id = co.cycle_id "
         "WHERE co.organisation_id = o.id AND cy.year = $3) "
         "ORDER BY o.region_code, o.short_name, o.id, p.id",
         {authority_id, std::string_view(region), std::int64_t{year}}, [&](const Row& r) {
           if (out.empty() || r.i64("id") != last_id) {
             last_id = r.i64("id");
             out.push_back({std::string(r.text("code")), std::string(r.text("short_name")),
                            std::string(r.text("region_code")), {}, 0});
           }
           if (r.null("place")) return;
           out.back().places.emplace_back(r.text("place"));
           out.back().confirmed += r.null("confirmed_at") ? 0 : 1;
         });
  return out;
}

}  // namespace nok::sql
