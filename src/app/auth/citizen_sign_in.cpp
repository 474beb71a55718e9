#include "app/auth/citizen_sign_in.h"

#include "app/survey/submit_survey.h"
#include "core/id.h"
#include "core/text.h"
#include "core/time.h"

namespace nok {
namespace {

using Clock = std::chrono::system_clock;

std::string at(Clock::duration offset) { return iso_utc(Clock::now() + offset); }

}  // namespace

Result<Ok> CitizenSignIn::deliver(const Contact& contact, const std::string& code) {
  // The outbox drops the message once the code has expired, and a newer code to the same
  // contact replaces one still waiting (core/delivery.h).
  const Delivery delivery{"sign_in_code", at(policy_.code_lifetime), key_.hash("code-to:" + contact.login_key())};
  if (contact.kind == Contact::Kind::phone)
    return sms_->send({contact.value,
                       "Код для входа на сайт независимой оценки качества: " + code + ". Никому его не сообщайте.",
                       delivery});
  return mailer_->send({contact.value, "Код для входа: " + code,
                        "Ваш код для входа на сайт независимой оценки качества: " + code +
                            "\n\nКод действует 10 минут. Если вы не запрашивали код, просто удалите это письмо.",
                        delivery});
}

Result<std::vector<LimitStore::Ticket>> CitizenSignIn::take_code_limits(const std::string& login,
                                                                        std::string_view remote_address) {
  std::vector<LimitStore::Ticket> taken;
  auto address = store_.take_limit("code:" + login, policy_.codes_per_window, policy_.window);
  if (!address) return refusal(ErrorKind::rate_limited, "too_many_codes", "Слишком много запросов кода. Подождите 15 минут и попробуйте снова.");
  taken.push_back(*address);
  if (remote_address.empty()) return taken;
  const std::string network = key_.hash("net:" + network_of(remote_address));
  auto from_network = store_.take_limit("code-net:" + network, policy_.codes_per_network, policy_.network_window);
  if (!from_network) {
    store_.give_back(*address);
    return refusal(ErrorKind::rate_limited, "too_many_codes", "Из вашей сети запрошено слишком много кодов. Попробуйте через час.");
  }
  taken.push_back(*from_network);
  return taken;
}

Result<Contact> CitizenSignIn::request_code(std::string_view typed, std::string_view remote_address) {
  auto contact = parse_contact(typed);
  if (!contact) return contact.error();
  if (contact->kind == Contact::Kind::email && !mailer_)
    return refusal(ErrorKind::unavailable, "mail_unavailable", "Вход по электронной почте на этом сайте не настроен.");
  if (contact->kind == Contact::Kind::phone && !sms_)
    return refusal(ErrorKind::unavailable, "sms_unavailable", "Вход по SMS на этом сайте не настроен. Укажите адрес электронной почты.");
  const std::string login = key_.hash(contact->login_key());
  auto taken = take_code_limits(login, remote_address);
  if (!taken) return taken.error();

  // Handed to the sender before it is stored. `nok serve`'s sender is the outbox: it
  // answers once the message is committed and tried, and retries a failed attempt until
  // the code expires, so the code is stored then too and its units stay taken — a code on
  // its way counts, whether or not the first attempt got through. The outbox never refuses
  // a message (a database failure throws, and the units stay taken: the limits fail
  // closed). Only a bare transport refuses, leaving nothing behind; then the units are
  // given back, so a gateway that is down does not use up the person's codes.
  const std::string code = random_digits(6);
  if (auto sent = deliver(*contact, code); !sent) {
    for (const auto& ticket : *taken) store_.give_back(ticket);
    return sent.error();
  }
  store_.add_login_code(login, key_.hash(login + ":" + code), at(policy_.code_lifetime));
  return contact;
}

Result<Contact> CitizenSignIn::check_code(std::string_view typed, std::string_view code) {
  auto contact = parse_contact(typed);
  if (!contact) return contact.error();
  const std::string login = key_.hash(contact->login_key());
  const std::string now = iso_utc_now();
  auto stored = store_.latest_login_code(login, now);
  if (!stored) return Error{"code_expired", "Код устарел или уже использован. Запросите новый код."};
  // Counted before it is compared, right or wrong, in one conditional write: a burst of
  // guesses cannot all read a count under the limit and then all be compared.
  const auto attempts = store_.count_code_attempt(stored->id, policy_.attempts_per_code, now);
  if (!attempts) return Error{"code_locked", "Слишком много неверных попыток. Запросите новый код."};
  const std::string entered(text::trim(code));
  if (!equal_in_constant_time(key_.hash(login + ":" + entered), stored->code_hash)) {
    const int left = policy_.attempts_per_code - *attempts;
    return Error{"code_wrong", left > 0 ? "Неверный код. Осталось попыток: " + std::to_string(left)
                                        : "Неверный код. Попытки исчерпаны — запросите новый код."};
  }
  if (!store_.consume_login_code(stored->id, now))
    return Error{"code_expired", "Код уже использован. Запросите новый код."};
  return contact;
}

Result<NewSession> CitizenSignIn::verify(std::string_view typed, std::string_view code) {
  auto contact = check_code(typed, code);
  if (!contact) return contact.error();
  return open_session(contact->login_key(), key_.seal(contact->value));
}

Result<std::int64_t> CitizenSignIn::confirm(std::string_view typed, std::string_view code) {
  auto contact = check_code(typed, code);
  if (!contact) return contact.error();
  return store_.upsert_citizen(key_.hash(contact->login_key()), key_.seal(contact->value));
}

NewSession CitizenSignIn::open_session(const std::string& login_key, const std::string& sealed_contact) {
  NewSession session{random_token(32), random_token(24), store_.upsert_citizen(key_.hash(login_key), sealed_contact)};
  store_.create_session({key_.hash("session:" + session.token), session.citizen_id, 0, session.csrf,
                         at(policy_.session_lifetime)});
  return session;
}

std::optional<Session> CitizenSignIn::session(std::string_view token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  return store_.find_session(key_.hash("session:" + std::string(token)), iso_utc_now());
}

void CitizenSignIn::sign_out(std::string_view token) {
  store_.delete_session(key_.hash("session:" + std::string(token)));
}

}  // namespace nok
