// Where organisations have placed their QR codes, and the authorities' overview of it.
#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_placement_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kPlacementSelect =
    "SELECT id, organisation_id, carrier, place, note, COALESCE(confirmed_at, ''), created_at FROM placements ";

Placement read_placement(const Row& r) {
  return {r.i64(0), r.i64(1), std::string(r.text(2)), std::string(r.text(3)), std::string(r.text(4)),
          std::string(r.text(5)), std::string(r.text(6))};
}

}  // namespace

Placement SqlPlacementStore::add_placement(const Placement& placement, AuditEntry audit) {
  Placement p = placement;
  p.id = new_id();
  p.created_at = iso_utc_now();
  p.confirmed_at.clear();
  auto c = pool_.acquire();
  Transaction tx(*c);
  c->run("INSERT INTO placements (id, organisation_id, carrier, place, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
         {p.id, p.organisation_id, std::string_view(p.carrier), std::string_view(p.place), std::string_view(p.note),
          std::string_view(p.created_at)});
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
           if (out.empty() || r.i64(0) != last_id) {
             last_id = r.i64(0);
             out.push_back({std::string(r.text(1)), std::string(r.text(2)), std::string(r.text(3)), {}, 0});
           }
           if (r.null(4)) return;
           out.back().places.emplace_back(r.text(4));
           out.back().confirmed += r.null(5) ? 0 : 1;
         });
  return out;
}

}  // namespace nok::sql
