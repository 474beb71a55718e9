#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/staff/access.h"

namespace nok {

// One line of the audit log: who changed what, when, and the object before and after as
// JSON. Every staff change carries one; the store appends it in the transaction of the
// change, and no method updates or deletes it.
struct AuditEntry {
  std::int64_t id = 0;
  std::string at;  // ISO 8601 UTC; the store sets it when appending
  std::int64_t user_id = 0;
  std::string user_login;  // filled when reading
  std::string action;       // organisation.update, placement.confirm, user.create, …
  std::string object_type;  // organisation, placement, user
  std::string object_id;
  std::string before_json;  // empty for a creation
  std::string after_json;
};

// A staff account with what sign-in needs. Secrets are stored only as an argon2id hash
// (password) or sealed with the server key (TOTP secret, e-mail).
struct StaffAccount {
  staff::StaffUser user;
  bool disabled = false;
  std::string password_hash;    // empty until the invitation is used
  std::string totp_secret_enc;  // empty without a second factor
  std::int64_t totp_last_step = 0;
  std::string email_enc;
  int failed_sign_ins = 0;
  std::string locked_until;  // empty, or ISO time until which sign-in is refused
  std::string scope_code;    // the organisation's public code (org_staff), else empty
  std::string scope_name;    // the organisation, operator or authority by name
};

// An attempt to sign in to a staff account, counted before its password is checked.
struct SignInAttempt {
  int number = 0;            // since the last success or lock, 1…lock_after; 0 when refused
  std::string locked_until;  // when refused: until when the account is locked
};

struct NewStaffAccount {
  std::string login;
  staff::Role role = staff::Role::monitor;
  std::int64_t organisation_id = 0;
  std::int64_t operator_id = 0;
  std::int64_t authority_id = 0;
  std::string email_hash;  // keyed hash for password resets by address; empty without e-mail
  std::string email_enc;
};

// A one-time link for setting a password: an invitation or a reset. Only its hash is stored.
struct StaffToken {
  std::string token_hash;
  std::int64_t user_id = 0;
  std::string purpose;  // invite | reset
  std::string expires_at;
};

// What the cabinet edits of the registry row, with the version it was read at.
struct OrganisationProfile {
  std::int64_t id = 0;
  std::string code;
  std::string short_name;
  std::string address;
  std::string website;
  std::int64_t version = 0;
};

// A scope a role is tied to, looked up by what people type (CLI, admin page).
struct NamedScope {
  std::int64_t id = 0;
  std::string name;
};

// An organisation of an operator's contract: its sample target and the counted
// responses so far by channel code (web, app, kiosk, operator_paper, …).
struct ContractOrganisation {
  std::string code;
  std::string short_name;
  std::int64_t recipients_per_year = 0;
  std::int64_t sample_target = 0;
  std::vector<std::pair<std::string, std::int64_t>> by_channel;
};

// A contract: one authority's cycle of a year in which the operator collects opinions.
struct Contract {
  std::int64_t cycle_id = 0;
  staff::CycleScope scope;
  std::string authority;
  int year = 0;
  std::string state;
  std::vector<ContractOrganisation> organisations;
  std::string methodology;  // the id of the cycle's edition
};

// Staff accounts, their one-time links, the organisation profile and the audit log.
// Implemented in SQL over the pool of the main store (store/sql/sql_staff_store.h).
class StaffStore {
 public:
  virtual ~StaffStore() = default;

  // nullopt when the login is taken. Appends `audit` (its object_id is set to the new id).
  virtual std::optional<std::int64_t> create_account(const NewStaffAccount& account, AuditEntry audit) = 0;
  virtual std::optional<StaffAccount> find_account(std::int64_t user_id) = 0;
  virtual std::optional<StaffAccount> find_account_by_login(std::string_view login) = 0;
  virtual std::optional<StaffAccount> find_account_by_email(std::string_view email_hash) = 0;
  virtual std::vector<StaffAccount> accounts() = 0;

  // Sign-in attempts, counted before the password is checked so that a burst of attempts
  // cannot all be checked (docs/security.md). Every attempt counts until it succeeds; each
  // decision is one conditional write on the account's row, exact under concurrent attempts
  // from any number of processes.
  //
  // Counts an attempt made at `now`. Refused (number 0, with locked_until) while the account
  // is locked, and when this attempt is one more than `lock_after` since the last success or
  // lock: it then locks the account until `lock_until` and counting starts again. Otherwise
  // the attempt's number, 1…lock_after.
  virtual SignInAttempt count_sign_in_attempt(std::int64_t user_id, int lock_after, const std::string& now,
                                              const std::string& lock_until) = 0;
  // An attempt whose password or code was wrong: the one numbered `lock_after` locks the
  // account until `lock_until` (unless it is locked already). Returns until when the account
  // is locked, also by another attempt meanwhile; empty when it is not.
  virtual std::string fail_sign_in_attempt(std::int64_t user_id, int number, int lock_after, const std::string& now,
                                           const std::string& lock_until) = 0;
  // A right password and code: clears the count. False, and nothing written, when the account
  // was locked since the attempt was counted: the attempt must be refused as locked.
  virtual bool clear_sign_in_attempts(std::int64_t user_id, const std::string& now) = 0;
  // An attempt whose password was right but which lacked its code: it no longer counts. False, nothing written, when the
  // account was locked since the attempt was counted.
  virtual bool take_back_sign_in_attempt(std::int64_t user_id, const std::string& now) = 0;
  // Records that a TOTP step was used; false if it (or a later one) was used before (replay).
  virtual bool use_totp_step(std::int64_t user_id, std::int64_t step) = 0;
  // A stronger hash of the same password (limits raised since it was set); not audited.
  virtual void rehash_password(std::int64_t user_id, const std::string& password_hash) = 0;
  virtual void set_totp_secret(std::int64_t user_id, const std::string& secret_enc, AuditEntry audit) = 0;
  // An administrator's changes, each with `audit` in its transaction; false (nothing written)
  // when the account is unknown or already so. Disabling ends the account's sessions at once;
  // removing the second factor (a lost phone) leaves the password alone.
  virtual bool set_disabled(std::int64_t user_id, bool disabled, AuditEntry audit) = 0;
  virtual bool remove_totp(std::int64_t user_id, AuditEntry audit) = 0;

  virtual void add_token(const StaffToken& token) = 0;
  // The user of an unused, unexpired token, without using it (to show the form).
  virtual std::optional<std::int64_t> token_user(const std::string& token_hash, const std::string& now) = 0;
  // Uses the token, sets the password, clears the lock and ends the user's sessions, in
  // one transaction with `audit`; nullopt (nothing changed) when the token is not valid.
  virtual std::optional<std::int64_t> set_password_by_token(const std::string& token_hash, const std::string& now,
                                                           const std::string& password_hash, AuditEntry audit) = 0;

  virtual std::optional<staff::OrganisationScope> organisation_scope(std::string_view code) = 0;
  virtual std::optional<OrganisationProfile> organisation_profile(std::string_view code) = 0;
  // Saves address and website if the row is still at profile.version (optimistic
  // locking); false, and nothing written, when someone saved a newer version first. A
  // field whose value changes counts as edited by staff from then on: a registry import
  // keeps it (Store::upsert_organisations).
  virtual bool update_organisation_profile(const OrganisationProfile& profile, AuditEntry audit) = 0;

  virtual std::optional<NamedScope> find_authority(std::string_view name) = 0;
  virtual std::optional<NamedScope> find_operator(std::string_view name) = 0;
  // Registers a survey operator (оператор); nullopt when the name is taken.
  virtual std::optional<std::int64_t> create_operator(const std::string& name, const std::string& inn,
                                                      AuditEntry audit) = 0;

  // The cycles of `year` where this operator collects, with their organisations.
  virtual std::vector<Contract> contracts(std::int64_t operator_id, int year) = 0;

  // Newest first; `before_id` 0 starts at the newest (pages of `limit`).
  virtual std::vector<AuditEntry> audit_log(int limit, std::int64_t before_id) = 0;
};

}  // namespace nok
