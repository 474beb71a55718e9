// The append-only audit log of staff changes.
#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/sql_staff_store.h"

namespace nok::sql {

void append_audit(Connection& c, const AuditEntry& e) {
  const std::string now = iso_utc_now();
  auto optional_text = [](const std::string& s) { return s.empty() ? Param(nullptr) : Param(std::string_view(s)); };
  c.run("INSERT INTO audit_log (id, at, user_id, action, object_type, object_id, before_json, after_json) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {new_id(), std::string_view(now), e.user_id ? Param(e.user_id) : Param(nullptr), std::string_view(e.action),
         std::string_view(e.object_type), std::string_view(e.object_id), optional_text(e.before_json),
         optional_text(e.after_json)});
}

std::vector<AuditEntry> SqlStaffStore::audit_log(int limit, std::int64_t before_id) {
  std::vector<AuditEntry> out;
  auto c = pool_.acquire();
  c->run("SELECT l.id, l.at, COALESCE(l.user_id, 0), COALESCE(u.login, ''), l.action, l.object_type, l.object_id, "
         "COALESCE(l.before_json, ''), COALESCE(l.after_json, '') FROM audit_log l "
         "LEFT JOIN users u ON u.id = l.user_id WHERE CAST($1 AS BIGINT) = 0 OR l.id < CAST($1 AS BIGINT) ORDER BY l.id DESC LIMIT $2",
         {before_id, std::int64_t{limit}}, [&](const Row& r) {
           out.push_back({r.i64(0), std::string(r.text(1)), r.i64(2), std::string(r.text(3)), std::string(r.text(4)),
                          std::string(r.text(5)), std::string(r.text(6)), std::string(r.text(7)),
                          std::string(r.text(8))});
         });
  return out;
}

}  // namespace nok::sql
