// Where QR codes lead: the regions' and the organisations' choices (migration 025).
#include "store/sql/audit_rows.h"
#include "store/sql/sql_store.h"

namespace nok::sql {

QrDestination SqlStore::region_qr_destination(std::string_view region_code) {
  if (auto cached = region_destinations_.find(region_code)) return *cached;
  const QrDestination out = reads_->run([&](Connection& c) {
    QrDestination found = QrDestination::nok;
    c.run("SELECT qr_destination FROM regions WHERE code = $1", {region_code},
          [&](const Row& r) { found = parse_qr_destination(r.text("qr_destination")).value_or(QrDestination::nok); });
    return found;
  });
  region_destinations_.put(region_code, out);
  return out;
}

bool SqlStore::set_region_qr_destination(std::string_view region_code, QrDestination destination, AuditEntry audit) {
  bool found = false;
  auto c = pool_->acquire();
  Transaction tx(*c);
  c->run("UPDATE regions SET qr_destination = $2 WHERE code = $1 RETURNING code", {region_code, code(destination)},
         [&](const Row&) { found = true; });
  if (!found) return false;
  append_audit(*c, audit);
  tx.commit();
  cache_events_.changed(*c, Stale::registry);
  return true;
}

bool SqlStore::set_organisation_qr_destination(std::string_view organisation_code,
                                               std::optional<QrDestination> destination, AuditEntry audit) {
  bool found = false;
  auto c = pool_->acquire();
  Transaction tx(*c);
  c->run("UPDATE organisations SET qr_destination = $2 WHERE code = $1 RETURNING code",
         {organisation_code, destination ? Param(code(*destination)) : Param(nullptr)},
         [&](const Row&) { found = true; });
  if (!found) return false;
  append_audit(*c, audit);
  tx.commit();
  cache_events_.changed(*c, Stale::registry);
  return true;
}

}  // namespace nok::sql
