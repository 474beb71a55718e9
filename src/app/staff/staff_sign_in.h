#pragma once
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "app/staff/password_hashing.h"
#include "app/staff/policy.h"
#include "core/crypto.h"
#include "core/result.h"
#include "store/staff_store.h"
#include "store/store.h"

namespace nok {

// What the sign-in form sends, and from where.
struct StaffSignInRequest {
  std::string login;
  std::string password;
  std::string code;            // from the authenticator app; empty when not asked for yet
  std::string remote_address;  // the client's: attempts from its network are limited
};

// A staff member signed in: the session token for the cookie and the account it opens.
struct StaffSession {
  std::string token;
  StaffAccount account;
};

// Staff sign-in: login, password and, when enrolled, a TOTP code, in one form. Attempts
// from one network are limited, and attempts on one account count towards a temporary lock
// from before their password is checked (docs/security.md); the session is a row of the
// sessions table with the user's id, its token only hashed.
class StaffSignIn {
 public:
  StaffSignIn(Store& store, StaffStore& staff, const SecretKey& key, const StaffPolicy& policy)
      : store_(store), staff_(staff), key_(key), policy_(policy) {}

  // Gets `session` (or the refusal), or `error` when the database failed (`session` is then
  // an error too, not to be shown).
  using Done = std::function<void(std::exception_ptr error, Result<StaffSession> session)>;

  // Signs in. What costs no hashing is decided here and now, in this order: no room on
  // `hashing` (sign_in_busy, without touching the database), the network's limit
  // (sign_in_too_many), the account's lock (sign_in_locked). The password and code are checked on a thread of `hashing`, an unknown
  // login as slowly as a known one. `done` is called once: on this thread for a refusal made
  // here, else on the hashing thread, where it must hand the result on, never block.
  // Errors: sign_in_too_many, sign_in_busy, sign_in_wrong, sign_in_locked, totp_required,
  // totp_wrong.
  void sign_in(const StaffSignInRequest& request, PasswordHashing& hashing, Done done);

  // The signed-in staff member of a session token; nullopt for citizens, disabled
  // accounts and sessions that expired.
  std::optional<StaffAccount> account(std::string_view session_token);
  void sign_out(std::string_view session_token);

 private:
  // An attempt admitted to the check: the account when the login is one (else a decoy is
  // checked), the attempt's number on it, the unit taken from the network's limit.
  struct Attempt {
    StaffSignInRequest request;
    std::optional<StaffAccount> account;
    int number = 0;
    LimitStore::Ticket network;
  };

  // The enabled account with a password that `login` names, as typed.
  std::optional<StaffAccount> known_account(std::string_view login);
  // Checks the password and code on the calling thread (a hashing one) and opens the session.
  Result<StaffSession> check(const Attempt& attempt);
  // A wrong password or code: counted, and reported with the attempts left or the lock.
  Error failed(const Attempt& attempt, Error error);
  Result<StaffSession> open_session(const Attempt& attempt);

  Store& store_;
  StaffStore& staff_;
  const SecretKey& key_;
  const StaffPolicy& policy_;
};

}  // namespace nok
