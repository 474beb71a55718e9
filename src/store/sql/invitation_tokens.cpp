// The keys organisations' own systems post invitations with.
#include "core/id.h"
#include "store/sql/audit_rows.h"
#include "store/sql/insert.h"
#include "store/sql/sql_invitation_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kSelect =
    "SELECT id, organisation_id, name, created_at, last_used_at, revoked_at FROM invitation_tokens ";

InvitationToken read_token(const Row& r) {
  InvitationToken t;
  t.id = r.i64("id");
  t.organisation_id = r.i64("organisation_id");
  t.name = r.text("name");
  t.created_at = r.text("created_at");
  t.last_used_at = r.text("last_used_at");
  t.revoked_at = r.text("revoked_at");
  return t;
}

}  // namespace

std::int64_t SqlInvitationStore::add_token(std::int64_t organisation_id, const std::string& name,
                                           const std::string& token_hash, std::int64_t created_by,
                                           const std::string& now, AuditEntry audit) {
  const std::int64_t id = new_id();
  auto c = pool_.acquire();
  Transaction tx(*c);
  Insert("invitation_tokens")
      .set("id", id)
      .set("organisation_id", organisation_id)
      .set("name", name)
      .set("token_hash", token_hash)
      .set("created_at", now)
      .set("created_by", created_by)
      .run(*c);
  audit.object_id = std::to_string(id);
  append_audit(*c, audit);
  tx.commit();
  return id;
}

std::vector<InvitationToken> SqlInvitationStore::tokens(std::int64_t organisation_id) {
  std::vector<InvitationToken> out;
  auto c = pool_.acquire();
  c->run(std::string(kSelect) + "WHERE organisation_id = $1 ORDER BY created_at DESC, id DESC", {organisation_id},
         [&](const Row& r) { out.push_back(read_token(r)); });
  return out;
}

bool SqlInvitationStore::revoke_token(std::int64_t organisation_id, std::int64_t id, const std::string& now,
                                      const AuditEntry& audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  const auto revoked = c->run(
      "UPDATE invitation_tokens SET revoked_at = $3 WHERE id = $1 AND organisation_id = $2 AND revoked_at = ''",
      {id, organisation_id, std::string_view(now)});
  if (revoked != 1) return false;
  append_audit(*c, audit);
  tx.commit();
  return true;
}

std::optional<InvitationToken> SqlInvitationStore::use_token(const std::string& token_hash, const std::string& now,
                                                             const std::string& refresh_before) {
  std::optional<InvitationToken> out;
  auto c = pool_.acquire();
  c->run(std::string(kSelect) + "WHERE token_hash = $1 AND revoked_at = ''", {std::string_view(token_hash)},
         [&](const Row& r) { out = read_token(r); });
  if (out && out->last_used_at < refresh_before) {
    c->run("UPDATE invitation_tokens SET last_used_at = $2 WHERE id = $1 AND last_used_at < $3",
           {out->id, std::string_view(now), std::string_view(refresh_before)});
    out->last_used_at = now;
  }
  return out;
}

}  // namespace nok::sql
