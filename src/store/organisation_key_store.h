#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/staff_store.h"

namespace nok {

// What a key of an organisation opens: posting invitations from its own system
// (docs/invitations.md), or a terminal in its hall (docs/kiosk.md).
enum class KeyKind { invitations, kiosk };

// A key as stored: never its secret, only what staff see. Times are ISO 8601 UTC text;
// empty when it never happened.
struct OrganisationKey {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::string organisation_code;
  KeyKind kind = KeyKind::invitations;
  std::string name, created_at, last_used_at, revoked_at;
};

// Keys of organisations, by kind. A key is found by the keyed hash of its secret, which the
// caller computes; a revoked key is never found again.
class OrganisationKeyStore {
 public:
  virtual ~OrganisationKeyStore() = default;

  // Stores a key with `audit` (its object_id set to the new id) in one transaction and
  // returns its id. The hash must be new (a unique constraint: sql::DatabaseError).
  virtual std::int64_t add_key(KeyKind kind, std::int64_t organisation_id, const std::string& name,
                               const std::string& secret_hash, std::int64_t created_by, const std::string& now,
                               AuditEntry audit) = 0;
  // The organisation's keys of `kind`, revoked ones too, newest first.
  virtual std::vector<OrganisationKey> keys(KeyKind kind, std::int64_t organisation_id) = 0;
  // Revokes the organisation's key `id` of `kind` with `audit`; false (nothing written) when
  // it is unknown, of another kind or organisation, or revoked already.
  virtual bool revoke_key(KeyKind kind, std::int64_t organisation_id, std::int64_t id, const std::string& now,
                          const AuditEntry& audit) = 0;
  // The key of `kind` with this hash if it is not revoked, recording its use at most once
  // per `refresh_before` (a last use older than that is rewritten).
  virtual std::optional<OrganisationKey> use_key(KeyKind kind, const std::string& secret_hash, const std::string& now,
                                                 const std::string& refresh_before) = 0;
};

}  // namespace nok
