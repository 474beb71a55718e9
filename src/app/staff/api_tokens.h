#pragma once
// Read-only API tokens for the monitoring (docs/security.md, "API tokens"): an
// administrator issues one for an authority or for all of them, sees it once, and may
// revoke it; a request carrying it reads the monitoring as the authority's council
// member (or the monitor) would, and nothing else. Only a keyed hash is stored.
// Who may issue and revoke is checked by the caller (administrators, the command line).
#include <optional>
#include <string>
#include <string_view>

#include "core/crypto.h"
#include "core/result.h"
#include "domain/staff/access.h"
#include "store/api_token_store.h"
#include "store/staff_store.h"

namespace nok {

// A token as it is handed over, once: its id and the secret itself.
struct IssuedApiToken {
  std::int64_t id = 0;
  std::string token;  // "nok_api_…"; never stored, logged or audited
};

class ApiTokens {
 public:
  ApiTokens(ApiTokenStore& tokens, StaffStore& staff, const SecretKey& key) : tokens_(tokens), staff_(staff), key_(key) {}

  // Issues a token named `name` (1…200 characters) for the authority named `authority`
  // (empty: every authority), audited as `actor_id`'s (0: the command line). Errors
  // (invalid, with the field): api_token_name, authority_not_found.
  Result<IssuedApiToken> issue(std::int64_t actor_id, std::string_view name, std::string_view authority);
  // Revokes token `id`, audited. Errors: api_token_not_found (not_found), api_token_revoked
  // (conflict: revoked already).
  Result<Ok> revoke(std::int64_t actor_id, std::int64_t id);
  // Who a request carrying `token` reads as: a council member of the token's authority, or
  // the monitor for a token of every authority — roles that only view. nullopt for a token
  // that is unknown or revoked. Records the use (at most once an hour per token).
  std::optional<staff::StaffUser> reader(std::string_view token);

 private:
  std::string hash(std::string_view token) const { return key_.hash("api-token:" + std::string(token)); }

  ApiTokenStore& tokens_;
  StaffStore& staff_;
  const SecretKey& key_;
};

}  // namespace nok
