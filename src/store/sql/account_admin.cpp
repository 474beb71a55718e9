// An administrator's changes to staff accounts: disabling (sessions end at once) and
// removing a lost second factor.
#include "store/sql/audit_rows.h"
#include "store/sql/sql_staff_store.h"

namespace nok::sql {

bool SqlStaffStore::set_disabled(std::int64_t user_id, bool disabled, AuditEntry audit) {
  const std::int64_t flag = disabled ? 1 : 0;
  auto c = pool_.acquire();
  Transaction tx(*c);
  if (c->run("UPDATE users SET disabled = $2 WHERE id = $1 AND disabled <> $2", {user_id, flag}) != 1) return false;
  if (disabled) c->run("DELETE FROM sessions WHERE user_id = $1", {user_id});
  append_audit(*c, audit);
  tx.commit();
  return true;
}

bool SqlStaffStore::remove_totp(std::int64_t user_id, AuditEntry audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  if (c->run("UPDATE users SET totp_secret_enc = NULL, totp_last_step = 0 WHERE id = $1 AND totp_secret_enc IS NOT NULL",
             {user_id}) != 1)
    return false;
  append_audit(*c, audit);
  tx.commit();
  return true;
}

}  // namespace nok::sql
