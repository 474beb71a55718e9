#include "app/auth/citizen_sign_in.h"

#include "core/id.h"
#include "core/text.h"
#include "core/time.h"

namespace nok {
namespace {

using Clock = std::chrono::system_clock;

std::string at(Clock::duration offset) { return iso_utc(Clock::now() + offset); }

}  // namespace

std::optional<std::string> CitizenSignIn::normalise_email(std::string_view email) {
  std::string out(text::trim(email));
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto atsign = out.find('@');
  if (out.size() > 254 || atsign == std::string::npos || atsign == 0 || out.find('@', atsign + 1) != std::string::npos)
    return std::nullopt;
  const auto dot = out.find('.', atsign);
  if (dot == std::string::npos || dot == atsign + 1 || dot + 1 == out.size()) return std::nullopt;
  for (unsigned char c : out)
    if (c <= ' ' || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '\\') return std::nullopt;
  if (!text::valid_utf8(out)) return std::nullopt;
  return out;
}

Result<Ok> CitizenSignIn::request_code(std::string_view email) {
  auto address = normalise_email(email);
  if (!address) return Error{"bad_email", "Проверьте адрес электронной почты: он должен выглядеть как name@example.ru"};
  if (!mailer_) return Error{"mail_unavailable", "Вход по электронной почте на этом сайте не настроен."};
  const std::string login = key_.hash("email:" + *address);
  const auto recent = store_.count_login_codes_expiring_after(login, at(policy_.code_lifetime - policy_.window));
  if (recent >= policy_.codes_per_window)
    return Error{"too_many_codes", "Слишком много запросов кода. Подождите 15 минут и попробуйте снова."};

  const std::string code = random_digits(6);
  store_.add_login_code(login, key_.hash(login + ":" + code), at(policy_.code_lifetime));
  return mailer_->send({*address, "Код для входа: " + code,
                        "Ваш код для входа на сайт независимой оценки качества: " + code +
                            "\n\nКод действует 10 минут. Если вы не запрашивали код, просто удалите это письмо."});
}

Result<NewSession> CitizenSignIn::verify(std::string_view email, std::string_view code) {
  auto address = normalise_email(email);
  if (!address) return Error{"bad_email", "Проверьте адрес электронной почты"};
  const std::string login = key_.hash("email:" + *address);
  const std::string now = iso_utc_now();
  auto stored = store_.latest_login_code(login, now);
  if (!stored) return Error{"code_expired", "Код устарел или уже использован. Запросите новый код."};
  if (stored->attempts >= policy_.attempts_per_code)
    return Error{"code_locked", "Слишком много неверных попыток. Запросите новый код."};
  const std::string entered(text::trim(code));
  if (!equal_in_constant_time(key_.hash(login + ":" + entered), stored->code_hash)) {
    store_.count_failed_attempt(stored->id);
    const int left = policy_.attempts_per_code - stored->attempts - 1;
    return Error{"code_wrong", left > 0 ? "Неверный код. Осталось попыток: " + std::to_string(left)
                                        : "Неверный код. Попытки исчерпаны — запросите новый код."};
  }
  if (!store_.consume_login_code(stored->id, now))
    return Error{"code_expired", "Код уже использован. Запросите новый код."};

  NewSession session{random_token(32), random_token(24), store_.upsert_citizen(login, key_.seal(*address))};
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
