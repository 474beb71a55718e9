#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "app/staff/policy.h"
#include "core/crypto.h"
#include "core/result.h"
#include "mail/mailer.h"
#include "store/limit_store.h"
#include "store/staff_store.h"

namespace nok {

// Who a new account is for: its role and its scope named the way people know it.
struct AccountRequest {
  std::string login;
  std::string role;           // staff::Role code
  std::string organisation;   // the organisation's public code (org_staff)
  std::string authority;      // the authority's name (council, official)
  std::string survey_operator;  // the operator's name (operator)
  std::string email;          // optional: for invitations and password resets
};

// A one-time link to the page that sets a password: `{public_url}/staff/password?token=…`.
struct PasswordLink {
  std::int64_t user_id = 0;
  std::string url;
};

// Staff accounts: creation by an administrator (site or CLI), invitations and password
// resets by one-time links valid for a day, and the password set through such a link.
class StaffAccounts {
 public:
  StaffAccounts(StaffStore& staff, Mailer* mailer, const SecretKey& key, const StaffPolicy& policy,
                std::string public_url)
      : staff_(staff), mailer_(mailer), key_(key), policy_(policy), public_url_(std::move(public_url)) {}

  // Creates the account (audited as done by `actor_id`; 0 is the command line) and an
  // invitation link. Errors: bad_login, bad_role, bad_scope, bad_email, login_taken.
  Result<PasswordLink> create(const AccountRequest& request, std::int64_t actor_id);
  // Sends the invitation link to the account's address. Errors: no_email, mail_unavailable.
  Result<Ok> send_invitation(const PasswordLink& link);

  // Sends a reset link to the account with this login or address, if there is one and it
  // has an address, at most policy.links_per_hour an hour (taken from `limits`, so a burst
  // from several processes sends no more); says nothing either way, so nobody learns which
  // accounts exist.
  void request_reset(LimitStore& limits, std::string_view login_or_email);

  // The login a link is for while it is usable (the form is shown only then).
  std::optional<std::string> link_login(std::string_view token);
  // Sets the password through a link. Errors: link_invalid and check_new_password's.
  Result<Ok> set_password(std::string_view token, std::string_view password, std::string_view confirmation);
  // Sets the password from the command line: a fresh link used at once.
  Result<Ok> set_password_directly(std::int64_t user_id, std::string_view password);

 private:
  // A fresh one-time token for the user; only its hash is stored.
  std::string issue_token(std::int64_t user_id, std::string_view purpose);
  std::string token_hash(std::string_view token) const { return key_.hash("staff-link:" + std::string(token)); }

  StaffStore& staff_;
  Mailer* mailer_;
  const SecretKey& key_;
  const StaffPolicy& policy_;
  std::string public_url_;
};

}  // namespace nok
