#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "app/staff/policy.h"
#include "core/crypto.h"
#include "core/result.h"
#include "store/staff_store.h"
#include "store/store.h"

namespace nok {

// Staff sign-in: login, password and, when enrolled, a TOTP code, in one form. Wrong
// passwords and wrong codes count towards a temporary lock; the session is a row of the
// sessions table with the user's id, its token only hashed.
class StaffSignIn {
 public:
  StaffSignIn(Store& store, StaffStore& staff, const SecretKey& key, const StaffPolicy& policy)
      : store_(store), staff_(staff), key_(key), policy_(policy) {}

  // The session token for the cookie. Errors: sign_in_wrong, sign_in_locked,
  // totp_required, totp_wrong.
  Result<std::string> sign_in(std::string_view login, std::string_view password, std::string_view code);

  // The signed-in staff member of a session token; nullopt for citizens, disabled
  // accounts and sessions that expired.
  std::optional<StaffAccount> account(std::string_view session_token);
  void sign_out(std::string_view session_token);

 private:
  Error count_failure(const StaffAccount& account, std::string code, std::string message);

  Store& store_;
  StaffStore& staff_;
  const SecretKey& key_;
  const StaffPolicy& policy_;
};

}  // namespace nok
