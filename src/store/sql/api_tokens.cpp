// API tokens: issuing, listing, the lookup of each API request and revocation.
#include "core/id.h"
#include "store/sql/audit_rows.h"
#include "store/sql/insert.h"
#include "store/sql/sql_api_token_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kSelect =
    "SELECT t.id, t.name, COALESCE(t.authority_id, 0) AS authority_id, COALESCE(a.name, '') AS authority_name, "
    "t.created_at, COALESCE(t.created_by, 0) AS created_by, COALESCE(t.last_used_at, '') AS last_used_at, "
    "COALESCE(t.revoked_at, '') AS revoked_at "
    "FROM api_tokens t LEFT JOIN authorities a ON a.id = t.authority_id ";

ApiToken read_token(const Row& r) {
  ApiToken t;
  t.id = r.i64("id");
  t.name = r.text("name");
  t.authority_id = r.i64("authority_id");
  t.authority_name = r.text("authority_name");
  t.created_at = r.text("created_at");
  t.created_by = r.i64("created_by");
  t.last_used_at = r.text("last_used_at");
  t.revoked_at = r.text("revoked_at");
  return t;
}

Param id_or_null(std::int64_t id) { return id ? Param(id) : Param(nullptr); }

}  // namespace

std::vector<ApiToken> SqlApiTokenStore::select(std::string_view where, std::initializer_list<Param> params) {
  std::vector<ApiToken> out;
  auto c = pool_.acquire();
  c->run(std::string(kSelect) + std::string(where), std::span<const Param>(params.begin(), params.size()),
         [&](const Row& r) { out.push_back(read_token(r)); });
  return out;
}

std::int64_t SqlApiTokenStore::add(const NewApiToken& t, const std::string& now, AuditEntry audit) {
  const std::int64_t id = new_id();
  auto c = pool_.acquire();
  Transaction tx(*c);
  Insert("api_tokens")
      .set("id", id)
      .set("name", t.name)
      .set("token_hash", t.token_hash)
      .set("authority_id", id_or_null(t.authority_id))
      .set("created_by", id_or_null(t.created_by))
      .set("created_at", now)
      .run(*c);
  audit.object_id = std::to_string(id);
  append_audit(*c, audit);
  tx.commit();
  return id;
}

std::vector<ApiToken> SqlApiTokenStore::tokens() { return select("ORDER BY t.id DESC", {}); }

std::optional<ApiToken> SqlApiTokenStore::find(std::int64_t id) {
  auto found = select("WHERE t.id = $1", {id});
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::optional<ApiToken> SqlApiTokenStore::use(const std::string& token_hash, const std::string& now,
                                              const std::string& refresh_before) {
  auto found = select("WHERE t.token_hash = $1 AND t.revoked_at IS NULL", {std::string_view(token_hash)});
  if (found.empty()) return std::nullopt;
  auto& token = found.front();
  if (token.last_used_at.empty() || token.last_used_at < refresh_before) {
    auto c = pool_.acquire();
    c->run("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $3)",
           {token.id, std::string_view(now), std::string_view(refresh_before)});
    token.last_used_at = now;
  }
  return token;
}

bool SqlApiTokenStore::revoke(std::int64_t id, const std::string& now, const AuditEntry& audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  if (c->run("UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
             {id, std::string_view(now)}) != 1)
    return false;
  append_audit(*c, audit);
  tx.commit();
  return true;
}

}  // namespace nok::sql
