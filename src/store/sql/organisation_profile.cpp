// What staff see and edit of an organisation: its scope for the access checks and the
// profile, saved with optimistic locking on organisations.version. The fields staff edit
// are the organisation's own: a registry import keeps their edits (registry.cpp).
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/sql_staff_store.h"

namespace nok::sql {

std::optional<staff::OrganisationScope> SqlStaffStore::organisation_scope(std::string_view code) {
  std::optional<staff::OrganisationScope> out;
  auto c = pool_.acquire();
  c->run("SELECT id, COALESCE(authority_id, 0) AS authority_id FROM organisations WHERE code = $1", {code},
         [&](const Row& r) { out = staff::OrganisationScope{r.i64("id"), r.i64("authority_id"), {}}; });
  if (!out) return out;
  c->run("SELECT DISTINCT c.operator_id FROM cycle_organisations co JOIN cycles c ON c.id = co.cycle_id "
         "WHERE co.organisation_id = $1 AND c.operator_id IS NOT NULL",
         {out->organisation_id}, [&](const Row& r) { out->operator_ids.push_back(r.i64("operator_id")); });
  return out;
}

std::optional<OrganisationProfile> SqlStaffStore::organisation_profile(std::string_view code) {
  std::optional<OrganisationProfile> out;
  auto c = pool_.acquire();
  c->run("SELECT id, code, short_name, address, website, version FROM organisations WHERE code = $1",
         {code}, [&](const Row& r) {
           out = OrganisationProfile{r.i64("id"),
                                     std::string(r.text("code")),
                                     std::string(r.text("short_name")),
                                     std::string(r.text("address")),
                                     std::string(r.text("website")),
                                     r.i64("version")};
         });
  return out;
}

bool SqlStaffStore::update_organisation_profile(const OrganisationProfile& p, AuditEntry audit) {
  const std::string now = iso_utc_now();
  auto c = pool_.acquire();
  Transaction tx(*c);
  // A field staff change becomes theirs (its edit time is recorded), so a registry
  // re-import keeps it; a field saved unchanged stays whoever's it was (migration 013).
  const auto changed = c->run(
      "UPDATE organisations SET address = $2, website = $3, "
      "address_edited_at = CASE WHEN address <> $2 THEN $4 ELSE address_edited_at END, "
      "website_edited_at = CASE WHEN website <> $3 THEN $4 ELSE website_edited_at END, "
      "version = version + 1, updated_at = $4 WHERE id = $1 AND version = $5",
      {p.id, std::string_view(p.address), std::string_view(p.website), std::string_view(now), p.version});
  if (changed != 1) return false;  // a newer version was saved first; the transaction rolls back
  append_audit(*c, audit);
  tx.commit();
  events_.changed(*c, Stale::registry);
  return true;
}

}  // namespace nok::sql
