#pragma once
#include "store/sql/cache_events.h"
#include "store/sql/pool.h"
#include "store/staff_store.h"

namespace nok::sql {

// The StaffStore in the SQL both engines accept, over the main store's pool (one set of
// connections per process). Accounts and links in staff_accounts.cpp, an administrator's
// changes to accounts in account_admin.cpp, the profile in
// organisation_profile.cpp, the operator's contracts in contracts.cpp, the log in audit_log.cpp.
class SqlStaffStore final : public StaffStore {
 public:
  SqlStaffStore(Pool& pool, CacheEvents& events) : pool_(pool), events_(events) {}

  std::optional<std::int64_t> create_account(const NewStaffAccount& account, AuditEntry audit) override;
  std::optional<StaffAccount> find_account(std::int64_t user_id) override;
  std::optional<StaffAccount> find_account_by_login(std::string_view login) override;
  std::optional<StaffAccount> find_account_by_email(std::string_view email_hash) override;
  std::vector<StaffAccount> accounts() override;

  SignInAttempt count_sign_in_attempt(std::int64_t user_id, int lock_after, const std::string& now,
                                      const std::string& lock_until) override;
  std::string fail_sign_in_attempt(std::int64_t user_id, int number, int lock_after, const std::string& now,
                                   const std::string& lock_until) override;
  bool clear_sign_in_attempts(std::int64_t user_id, const std::string& now) override;
  bool take_back_sign_in_attempt(std::int64_t user_id, const std::string& now) override;
  bool use_totp_step(std::int64_t user_id, std::int64_t step) override;
  void rehash_password(std::int64_t user_id, const std::string& password_hash) override;
  void set_totp_secret(std::int64_t user_id, const std::string& secret_enc, AuditEntry audit) override;
  bool set_disabled(std::int64_t user_id, bool disabled, AuditEntry audit) override;
  bool remove_totp(std::int64_t user_id, AuditEntry audit) override;

  void add_token(const StaffToken& token) override;
  std::optional<std::int64_t> token_user(const std::string& token_hash, const std::string& now) override;
  std::optional<std::int64_t> set_password_by_token(const std::string& token_hash, const std::string& now,
                                                   const std::string& password_hash, AuditEntry audit) override;

  std::optional<staff::OrganisationScope> organisation_scope(std::string_view code) override;
  std::optional<OrganisationProfile> organisation_profile(std::string_view code) override;
  bool update_organisation_profile(const OrganisationProfile& profile, AuditEntry audit) override;

  std::optional<NamedScope> find_authority(std::string_view name) override;
  std::optional<NamedScope> find_operator(std::string_view name) override;
  std::optional<std::int64_t> create_operator(const std::string& name, const std::string& inn,
                                              AuditEntry audit) override;

  std::vector<Contract> contracts(std::int64_t operator_id, int year) override;

  std::vector<AuditEntry> audit_log(int limit, std::int64_t before_id) override;

 private:
  std::vector<StaffAccount> select_accounts(std::string_view where, std::initializer_list<Param> params);
  // `select` yields (id, name) of the row with the name $1.
  std::optional<NamedScope> find_named(std::string_view select, std::string_view name);

  Pool& pool_;
  CacheEvents& events_;  // a profile edit changes the registry's cached rows
};

}  // namespace nok::sql
