// The keys organisations hand to their own systems and to the terminals in their halls.
#include "core/id.h"
#include "store/sql/audit_rows.h"
#include "store/sql/insert.h"
#include "store/sql/sql_organisation_key_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kSelect =
    "SELECT k.id, k.organisation_id, o.code, k.name, k.created_at, k.last_used_at, k.revoked_at "
    "FROM organisation_keys k JOIN organisations o ON o.id = k.organisation_id ";

std::string_view code(KeyKind kind) { return kind == KeyKind::kiosk ? "kiosk" : "invitations"; }

OrganisationKey read_key(const Row& r, KeyKind kind) {
  OrganisationKey k;
  k.id = r.i64("id");
  k.organisation_id = r.i64("organisation_id");
  k.organisation_code = r.text("code");
  k.kind = kind;
  k.name = r.text("name");
  k.created_at = r.text("created_at");
  k.last_used_at = r.text("last_used_at");
  k.revoked_at = r.text("revoked_at");
  return k;
}

}  // namespace

std::int64_t SqlOrganisationKeyStore::add_key(KeyKind kind, std::int64_t organisation_id, const std::string& name,
                                              const std::string& secret_hash, std::int64_t created_by,
                                              const std::string& now, AuditEntry audit) {
  const std::int64_t id = new_id();
  auto c = pool_.acquire();
  Transaction tx(*c);
  Insert("organisation_keys")
      .set("id", id)
      .set("organisation_id", organisation_id)
      .set("kind", code(kind))
      .set("name", name)
      .set("secret_hash", secret_hash)
      .set("created_at", now)
      .set("created_by", created_by)
      .run(*c);
  audit.object_id = std::to_string(id);
  append_audit(*c, audit);
  tx.commit();
  return id;
}

std::vector<OrganisationKey> SqlOrganisationKeyStore::keys(KeyKind kind, std::int64_t organisation_id) {
  std::vector<OrganisationKey> out;
  auto c = pool_.acquire();
  c->run(std::string(kSelect) + "WHERE k.organisation_id = $1 AND k.kind = $2 ORDER BY k.created_at DESC, k.id DESC",
         {organisation_id, code(kind)}, [&](const Row& r) { out.push_back(read_key(r, kind)); });
  return out;
}

bool SqlOrganisationKeyStore::revoke_key(KeyKind kind, std::int64_t organisation_id, std::int64_t id,
                                         const std::string& now, const AuditEntry& audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  const auto revoked = c->run(
      "UPDATE organisation_keys SET revoked_at = $4 "
      "WHERE id = $1 AND organisation_id = $2 AND kind = $3 AND revoked_at = ''",
      {id, organisation_id, code(kind), std::string_view(now)});
  if (revoked != 1) return false;
  append_audit(*c, audit);
  tx.commit();
  return true;
}

std::optional<OrganisationKey> SqlOrganisationKeyStore::use_key(KeyKind kind, const std::string& secret_hash,
                                                                const std::string& now,
                                                                const std::string& refresh_before) {
  std::optional<OrganisationKey> out;
  auto c = pool_.acquire();
  c->run(std::string(kSelect) + "WHERE k.secret_hash = $1 AND k.kind = $2 AND k.revoked_at = ''",
         {std::string_view(secret_hash), code(kind)}, [&](const Row& r) { out = read_key(r, kind); });
  if (out && out->last_used_at < refresh_before) {
    c->run("UPDATE organisation_keys SET last_used_at = $2 WHERE id = $1 AND last_used_at < $3",
           {out->id, std::string_view(now), std::string_view(refresh_before)});
    out->last_used_at = now;
  }
  return out;
}

}  // namespace nok::sql
