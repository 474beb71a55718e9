#pragma once
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/crypto.h"
#include "core/result.h"
#include "domain/registry/organisation.h"
#include "store/organisation_key_store.h"

namespace nok {

// A key as it is handed over, once.
struct IssuedKey {
  std::int64_t id = 0;
  std::string secret;  // never stored, logged or audited: only its keyed hash is kept
};

// Keys an organisation's staff hand to the organisation's own systems (posting invitations)
// and to the terminals in its halls. Staff issue and revoke them, audited; a request
// presents the secret, which is looked up by its keyed hash.
class OrganisationKeys {
 public:
  using Clock = std::function<std::chrono::system_clock::time_point()>;

  OrganisationKeys(OrganisationKeyStore& keys, const SecretKey& key, Clock clock = std::chrono::system_clock::now)
      : keys_(keys), key_(key), clock_(std::move(clock)) {}

  // A new key of `kind` for `org`, named by staff member `actor_id` (audited). Errors:
  // invitation_token_name or kiosk_name (invalid, field "name": empty or over 200 characters).
  Result<IssuedKey> issue(KeyKind kind, const Organisation& org, std::int64_t actor_id, std::string_view name);
  // Errors: invitation_token_not_found or kiosk_not_found (not_found: unknown, another
  // organisation's, or revoked already).
  Result<Ok> revoke(KeyKind kind, const Organisation& org, std::int64_t actor_id, std::int64_t id);
  // The working key of `kind` with this secret; nullopt for a guessed, altered or revoked one.
  std::optional<OrganisationKey> use(KeyKind kind, std::string_view secret);
  // The organisation's keys of `kind`, revoked ones too, newest first.
  std::vector<OrganisationKey> list(KeyKind kind, std::int64_t organisation_id) {
    return keys_.keys(kind, organisation_id);
  }

 private:
  OrganisationKeyStore& keys_;
  const SecretKey& key_;
  Clock clock_;
};

}  // namespace nok
