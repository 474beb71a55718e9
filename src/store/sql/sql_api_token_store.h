#pragma once
#include "store/api_token_store.h"
#include "store/sql/pool.h"

namespace nok::sql {

// The ApiTokenStore in the SQL both engines accept, over the main store's pool (api_tokens.cpp).
class SqlApiTokenStore final : public ApiTokenStore {
 public:
  explicit SqlApiTokenStore(Pool& pool) : pool_(pool) {}

  std::int64_t add(const NewApiToken& token, const std::string& now, AuditEntry audit) override;
  std::vector<ApiToken> tokens() override;
  std::optional<ApiToken> find(std::int64_t id) override;
  std::optional<ApiToken> use(const std::string& token_hash, const std::string& now,
                              const std::string& refresh_before) override;
  bool revoke(std::int64_t id, const std::string& now, const AuditEntry& audit) override;

 private:
  std::vector<ApiToken> select(std::string_view where, std::initializer_list<Param> params);
  Pool& pool_;
};

}  // namespace nok::sql
