#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/staff_store.h"

namespace nok {

// A read-only key to the monitoring's JSON API and report downloads, for another system
// (a ministry's dashboard, the federal monitoring): issued by an administrator for one
// authority or for all of them. Only a keyed hash of the token is stored (docs/security.md).
struct ApiToken {
  std::int64_t id = 0;
  std::string name;                // what the administrator called it: "Дашборд министерства"
  std::int64_t authority_id = 0;   // 0: every authority
  std::string authority_name;      // filled when reading; empty for every authority
  std::string created_at;
  std::int64_t created_by = 0;     // the administrator; 0: the command line
  std::string last_used_at;        // empty when never used
  std::string revoked_at;          // empty while it works
};

struct NewApiToken {
  std::string name;
  std::int64_t authority_id = 0;  // 0: every authority
  std::string token_hash;
  std::int64_t created_by = 0;    // 0: the command line
};

// The API tokens. Implemented in SQL over the main store's pool (store/sql/api_tokens.cpp).
class ApiTokenStore {
 public:
  virtual ~ApiTokenStore() = default;

  // Stores a new token at `now` and appends `audit` (its object_id set to the new id) in the
  // same transaction; returns the id. The hash must be new (the caller draws it at random).
  virtual std::int64_t add(const NewApiToken& token, const std::string& now, AuditEntry audit) = 0;
  // Every token, revoked ones too, newest first.
  virtual std::vector<ApiToken> tokens() = 0;
  virtual std::optional<ApiToken> find(std::int64_t id) = 0;
  // The token with this hash if it is not revoked, recording that it was used at `now`.
  // The record is written only when the last one is older than `refresh_before`, so a
  // busy client does not write on every request; `last_used_at` is that coarse.
  virtual std::optional<ApiToken> use(const std::string& token_hash, const std::string& now,
                                      const std::string& refresh_before) = 0;
  // Revokes the token at `now` with `audit` in the same transaction; false (nothing
  // written) when it is unknown or revoked already. A revoked token never works again.
  virtual bool revoke(std::int64_t id, const std::string& now, const AuditEntry& audit) = 0;
};

}  // namespace nok
