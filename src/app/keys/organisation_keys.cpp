#include "app/keys/organisation_keys.h"

#include "core/id.h"
#include "core/text.h"
#include "core/time.h"

namespace nok {
namespace {

// What differs between the kinds: how a secret looks and is hashed, and how staff are told.
struct KindRules {
  std::string_view prefix;       // a secret starts with it: a key pasted in the wrong place is told apart
  std::string_view hash_domain;  // keeps the hashes of the kinds, and of other secrets, apart
  std::string_view object, issue_action, revoke_action;  // audit
  std::string_view name_code, name_message, missing_code, missing_message;
};

const KindRules& rules(KeyKind kind) {
  static const KindRules invitations{"nok_inv_",
                                     "invitation-token:",
                                     "invitation_token",
                                     "invitation_token.issue",
                                     "invitation_token.revoke",
                                     "invitation_token_name",
                                     "Назовите ключ (до 200 символов): например, «Запись к врачу»",
                                     "invitation_token_not_found",
                                     "Ключ не найден или уже отозван"};
  static const KindRules kiosk{"",
                               "kiosk:",
                               "kiosk",
                               "kiosk.register",
                               "kiosk.revoke",
                               "kiosk_name",
                               "Назовите терминал (до 200 символов): например, «Регистратура, 1 этаж»",
                               "kiosk_not_found",
                               "Терминал не найден или уже отключён"};
  return kind == KeyKind::kiosk ? kiosk : invitations;
}

}  // namespace

Result<IssuedKey> OrganisationKeys::issue(KeyKind kind, const Organisation& org, std::int64_t actor_id,
                                          std::string_view name) {
  const auto& r = rules(kind);
  const auto trimmed = text::trim(name);
  if (trimmed.empty() || text::length(trimmed) > 200)
    return Error{std::string(r.name_code), std::string(r.name_message), 0, "name"};
  IssuedKey issued{0, std::string(r.prefix) + random_token(32)};
  AuditEntry audit;
  audit.user_id = actor_id;
  audit.action = r.issue_action;
  audit.object_type = r.object;
  audit.after_json = "{\"organisation\":\"" + org.code + "\"}";
  issued.id = keys_.add_key(kind, org.id, std::string(trimmed), key_.hash(std::string(r.hash_domain) + issued.secret),
                            actor_id, iso_utc(clock_()), audit);
  return issued;
}

Result<Ok> OrganisationKeys::revoke(KeyKind kind, const Organisation& org, std::int64_t actor_id, std::int64_t id) {
  const auto& r = rules(kind);
  AuditEntry audit;
  audit.user_id = actor_id;
  audit.action = r.revoke_action;
  audit.object_type = r.object;
  audit.object_id = std::to_string(id);
  if (!keys_.revoke_key(kind, org.id, id, iso_utc(clock_()), audit))
    return refusal(ErrorKind::not_found, std::string(r.missing_code), std::string(r.missing_message));
  return Ok{};
}

std::optional<OrganisationKey> OrganisationKeys::use(KeyKind kind, std::string_view secret) {
  const auto& r = rules(kind);
  if (!secret.starts_with(r.prefix) || secret.size() > 128) return std::nullopt;
  const auto now = clock_();
  return keys_.use_key(kind, key_.hash(std::string(r.hash_domain) + std::string(secret)), iso_utc(now),
                       iso_utc(now - std::chrono::hours(1)));
}

}  // namespace nok
