#include "app/staff/api_tokens.h"

#include <chrono>

#include "app/staff/audit.h"
#include "core/id.h"
#include "core/text.h"
#include "core/time.h"

namespace nok {
namespace {

// A prefix that says what the secret is (and lets secret scanners find a leaked one).
constexpr std::string_view kPrefix = "nok_api_";
constexpr std::size_t kMaxName = 200;

}  // namespace

Result<IssuedApiToken> ApiTokens::issue(std::int64_t actor_id, std::string_view name, std::string_view authority) {
  const auto trimmed = text::trim(name);
  if (trimmed.empty() || text::length(trimmed) > kMaxName)
    return refusal(ErrorKind::invalid, "api_token_name",
                   "Укажите название токена — кто и зачем им пользуется (не длиннее 200 символов).", "name");
  NewApiToken token{std::string(trimmed), 0, "", actor_id};
  boost::json::object after{{"name", token.name}, {"authority", "все уполномоченные органы"}};
  if (const auto wanted = text::trim(authority); !wanted.empty()) {
    const auto found = staff_.find_authority(wanted);
    if (!found)
      return refusal(ErrorKind::invalid, "authority_not_found",
                     "Уполномоченного органа «" + std::string(wanted) + "» нет в реестре.", "authority");
    token.authority_id = found->id;
    after["authority"] = found->name;
  }
  IssuedApiToken issued{0, std::string(kPrefix) + random_token(32)};
  token.token_hash = hash(issued.token);
  issued.id = tokens_.add(token, iso_utc_now(), audit_entry(actor_id, "api_token.issue", "api_token", "", {}, after));
  return issued;
}

Result<Ok> ApiTokens::revoke(std::int64_t actor_id, std::int64_t id) {
  const auto token = tokens_.find(id);
  if (!token) return refusal(ErrorKind::not_found, "api_token_not_found", "Такого токена нет.");
  const auto audit = audit_entry(actor_id, "api_token.revoke", "api_token", std::to_string(id),
                                 {{"name", token->name}, {"revoked", false}}, {{"name", token->name}, {"revoked", true}});
  if (!tokens_.revoke(id, iso_utc_now(), audit))
    return refusal(ErrorKind::conflict, "api_token_revoked", "Токен «" + token->name + "» уже отозван.");
  return Ok{};
}

std::optional<staff::StaffUser> ApiTokens::reader(std::string_view token) {
  if (!token.starts_with(kPrefix)) return std::nullopt;
  const auto now = std::chrono::system_clock::now();
  const auto found = tokens_.use(hash(token), iso_utc(now), iso_utc(now - std::chrono::hours(1)));
  if (!found) return std::nullopt;
  staff::StaffUser user;
  user.login = "api-token-" + std::to_string(found->id);
  user.role = found->authority_id ? staff::Role::council : staff::Role::monitor;
  user.authority_id = found->authority_id;
  return user;
}

}  // namespace nok
