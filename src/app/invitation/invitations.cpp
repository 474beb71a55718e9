#include "app/invitation/invitations.h"

#include "app/invitation/invitation_link.h"
#include "app/survey/submit_survey.h"
#include "core/id.h"
#include "core/text.h"
#include "core/time.h"

namespace nok {
namespace {

Error not_found() {
  return refusal(ErrorKind::not_found, "invitation_not_found",
                 "Ссылка не найдена: проверьте, что она скопирована целиком, или откройте её из сообщения ещё раз");
}

Error used() {
  return refusal(ErrorKind::conflict, "invitation_used",
                 "Эта ссылка уже открывалась и второй раз не входит на сайт. Если вы ещё не ответили, войдите по коду "
                 "на тот же адрес или номер — ваш ответ всё равно засчитается");
}

std::string channel_of(const Contact& contact) { return contact.kind == Contact::Kind::email ? "mail" : "sms"; }

}  // namespace

InvitationsOutcome Invitations::add_list(const Organisation& org, const csv::Table& table, std::int64_t actor_id) {
  const int offset = invitation::utc_offset_hours(org.region_code).value_or(3);
  const auto list = read_invitation_list(table, clock_(), offset, policy_.list);
  AuditEntry audit;
  audit.user_id = actor_id;
  audit.action = "invitation.upload";
  audit.object_type = "organisation";
  audit.object_id = org.code;
  audit.after_json = "{\"lines\":" + std::to_string(list.lines.size()) + "}";
  return add(org, list, "upload", audit);
}

InvitationsOutcome Invitations::add_one(const Organisation& org,
                                        const std::map<std::string, std::string, std::less<>>& fields) {
  const int offset = invitation::utc_offset_hours(org.region_code).value_or(3);
  return add(org, read_invitation(fields, clock_(), offset, policy_.list), "api", std::nullopt);
}

InvitationsOutcome Invitations::add(const Organisation& org, const InvitationList& list, std::string_view source,
                                    std::optional<AuditEntry> audit) {
  InvitationsOutcome out;
  if (!list.errors.empty()) {
    out.errors = list.errors;
    return out;
  }
  const auto assessment = store_.assessment_of(org.code, current_year());
  if (!assessment || !survey_open(*assessment)) {
    out.errors.push_back(refusal(ErrorKind::conflict, "invitation_not_in_cycle",
                                 "Организация сейчас не собирает мнения граждан: приглашать некуда"));
    return out;
  }
  const int offset = invitation::utc_offset_hours(org.region_code).value_or(3);
  const auto now = clock_();
  std::vector<NewInvitation> batch;
  batch.reserve(list.lines.size());
  for (const auto& line : list.lines) {
    NewInvitation n;
    n.organisation_id = org.id;
    n.cycle_id = assessment->cycle_id;
    n.channel = channel_of(line.contact);
    n.contact_hash = key_.hash(line.contact.login_key());
    n.contact_enc = key_.seal(line.contact.value);
    n.nonce = random_token(12);
    n.service_at = iso_utc(line.service_at);
    n.consent_at = line.consent_at;
    n.consent_place = line.consent_place;
    n.consent_version = line.consent_version;
    n.source = std::string(source);
    n.utc_offset_hours = offset;
    n.due_at = iso_utc(invitation::next_allowed(std::max(now, line.service_at + policy_.delay), offset, policy_.quiet));
    batch.push_back(std::move(n));
  }
  out.added = invitations_.add(batch, iso_utc(now), audit);
  return out;
}

Result<InvitationRecord> Invitations::look_up(std::string_view token) {
  const auto id = invitation_token_id(token);
  if (!id) return not_found();
  auto found = invitations_.find(*id);
  if (!found || !invitation_token_matches(key_, token, found->id, found->nonce)) return not_found();
  return std::move(*found);
}

std::optional<Error> Invitations::unusable(const InvitationRecord& invitation) const {
  if (invitation.state == "answered")
    return refusal(ErrorKind::conflict, "invitation_answered",
                   "По этому приглашению анкета уже заполнена. Спасибо! Изменить ответ можно, войдя по коду");
  if (invitation.state == "opted_out")
    return refusal(ErrorKind::conflict, "invitation_stopped",
                   "Вы отказались от приглашений, и эта ссылка больше не действует");
  if (invitation.contact_enc.empty())
    return refusal(ErrorKind::conflict, "invitation_expired",
                   "Срок приглашения истёк: сбор мнений об этой организации завершён");
  if (!invitation.opened_at.empty()) return used();
  return std::nullopt;
}

Result<NewSession> Invitations::accept(std::string_view token) {
  auto found = look_up(token);
  if (!found) return found.error();
  if (auto refused = unusable(*found)) return *refused;
  const auto contact = key_.open(found->contact_enc);
  if (!contact || !invitations_.mark_opened(found->id, iso_utc(clock_())))  // a double press lost the race
    return used();
  const std::string login_key = (found->channel == "mail" ? "email:" : "phone:") + *contact;
  return CitizenSignIn(store_, nullptr, nullptr, key_).open_session(login_key, found->contact_enc);
}

Result<Ok> Invitations::opt_out(std::string_view token) {
  auto found = look_up(token);
  if (!found) return found.error();
  invitations_.opt_out(found->contact_hash, iso_utc(clock_()));
  return Ok{};
}

}  // namespace nok
