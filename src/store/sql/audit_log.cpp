// The append-only audit log of staff changes.
#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/citizen_writes.h"
#include "store/sql/insert.h"
#include "store/sql/sql_staff_store.h"

namespace nok::sql {

void append_audit(Connection& c, const AuditEntry& e) {
  const std::string now = iso_utc_now();
  Insert("audit_log")
      .set("id", new_id())
      .set("at", now)
      .set("user_id", e.user_id ? Param(e.user_id) : Param(nullptr))
      .set("action", e.action)
      .set("object_type", e.object_type)
      .set("object_id", e.object_id)
      .set("before_json", text_or_null(e.before_json))
      .set("after_json", text_or_null(e.after_json))
      .run(c);
}

std::vector<AuditEntry> SqlStaffStore::audit_log(int limit, std::int64_t before_id) {
  std::vector<AuditEntry> out;
  auto c = pool_.acquire();
  c->run("SELECT l.id, l.at, COALESCE(l.user_id, 0) AS user_id, COALESCE(u.login, '') AS login, l.action, "
         "l.object_type, l.object_id, COALESCE(l.before_json, '') AS before_json, "
         "COALESCE(l.after_json, '') AS after_json FROM audit_log l LEFT JOIN users u ON u.id = l.user_id "
         "WHERE CAST($1 AS BIGINT) = 0 OR l.id < CAST($1 AS BIGINT) ORDER BY l.id DESC LIMIT $2",
         {before_id, std::int64_t{limit}}, [&](const Row& r) {
           out.push_back({r.i64("id"), std::string(r.text("at")), r.i64("user_id"), std::string(r.text("login")),
                          std::string(r.text("action")), std::string(r.text("object_type")),
                          std::string(r.text("object_id")), std::string(r.text("before_json")),
                          std::string(r.text("after_json"))});
         });
  return out;
}

}  // namespace nok::sql
