#pragma once
// An administrator's changes to other staff accounts: disabling one (its sessions end at
// once), enabling it again, and removing a second factor whose phone was lost (the person
// signs in with the password and enrols a new one). Access is checked by the caller.
#include "core/result.h"
#include "domain/staff/access.h"
#include "store/staff_store.h"

namespace nok {

// Errors: account_not_found, account_self (an administrator cannot lock themselves out),
// account_unchanged (already disabled / enabled / without a second factor).
Result<Ok> set_account_disabled(StaffStore& staff, const staff::StaffUser& actor, std::int64_t user_id,
                                bool disabled);
Result<Ok> remove_second_factor(StaffStore& staff, const staff::StaffUser& actor, std::int64_t user_id);

}  // namespace nok
