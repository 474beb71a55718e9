#include "app/staff/account_admin.h"

#include "app/staff/audit.h"

namespace nok {
namespace {

Error not_found() { return {"account_not_found", "Такой учётной записи нет."}; }

}  // namespace

Result<Ok> set_account_disabled(StaffStore& staff, const staff::StaffUser& actor, std::int64_t user_id,
                                bool disabled) {
  const auto account = staff.find_account(user_id);
  if (!account) return not_found();
  if (disabled && user_id == actor.id)
    return Error{"account_self", "Свою учётную запись отключить нельзя — попросите другого администратора."};
  const auto audit = audit_entry(actor.id, disabled ? "user.disable" : "user.enable", "user", std::to_string(user_id),
                                 {{"disabled", account->disabled}}, {{"disabled", disabled}});
  if (!staff.set_disabled(user_id, disabled, audit))
    return Error{"account_unchanged", disabled ? "Учётная запись «" + account->user.login + "» уже отключена."
                                               : "Учётная запись «" + account->user.login + "» уже включена."};
  return Ok{};
}

Result<Ok> remove_second_factor(StaffStore& staff, const staff::StaffUser& actor, std::int64_t user_id) {
  const auto account = staff.find_account(user_id);
  if (!account) return not_found();
  const auto audit =
      audit_entry(actor.id, "user.totp_remove", "user", std::to_string(user_id), {{"totp", "set"}}, {{"totp", "none"}});
  if (!staff.remove_totp(user_id, audit))
    return Error{"account_unchanged", "У учётной записи «" + account->user.login + "» нет входа с кодом из приложения."};
  return Ok{};
}

}  // namespace nok
