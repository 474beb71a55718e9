#pragma once
#include "store/organisation_key_store.h"
#include "store/sql/pool.h"

namespace nok::sql {

// The OrganisationKeyStore in the SQL both engines accept, over the main store's pool
// (organisation_keys.cpp).
class SqlOrganisationKeyStore final : public OrganisationKeyStore {
 public:
  explicit SqlOrganisationKeyStore(Pool& pool) : pool_(pool) {}

  std::int64_t add_key(KeyKind kind, std::int64_t organisation_id, const std::string& name,
                       const std::string& secret_hash, std::int64_t created_by, const std::string& now,
                       AuditEntry audit) override;
  std::vector<OrganisationKey> keys(KeyKind kind, std::int64_t organisation_id) override;
  bool revoke_key(KeyKind kind, std::int64_t organisation_id, std::int64_t id, const std::string& now,
                  const AuditEntry& audit) override;
  std::optional<OrganisationKey> use_key(KeyKind kind, const std::string& secret_hash, const std::string& now,
                                         const std::string& refresh_before) override;

 private:
  Pool& pool_;
};

}  // namespace nok::sql
