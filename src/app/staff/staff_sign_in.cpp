#include "app/staff/staff_sign_in.h"

#include "app/staff/passwords.h"
#include "core/id.h"
#include "core/text.h"
#include "core/time.h"
#include "core/totp.h"

namespace nok {
namespace {

using Clock = std::chrono::system_clock;

std::string session_hash(const SecretKey& key, std::string_view token) {
  return key.hash("session:" + std::string(token));
}

}  // namespace

Error StaffSignIn::count_failure(const StaffAccount& account, std::string code, std::string message) {
  const int failures = staff_.count_failed_sign_in(account.user.id, policy_.failures_before_lock,
                                                   iso_utc(Clock::now() + policy_.lock));
  const int left = policy_.failures_before_lock - failures;
  if (left <= 0)
    return Error{"sign_in_locked", "Слишком много неудачных попыток. Вход заблокирован на " +
                                       std::to_string(policy_.lock.count()) + " минут."};
  return Error{std::move(code), message + " Осталось попыток до временной блокировки: " + std::to_string(left) + "."};
}

Result<std::string> StaffSignIn::sign_in(std::string_view login, std::string_view password, std::string_view code) {
  const Error wrong{"sign_in_wrong", "Неверный логин или пароль."};
  std::string typed(text::trim(login));
  for (auto& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));  // logins are stored so
  auto account = staff_.find_account_by_login(typed);
  if (!account || account->disabled || account->password_hash.empty()) {
    verify_nothing(password, policy_);
    return wrong;
  }
  const std::string now = iso_utc_now();
  if (!account->locked_until.empty() && account->locked_until > now)
    return Error{"sign_in_locked", "Слишком много неудачных попыток. Вход временно заблокирован, попробуйте после " +
                                       account->locked_until.substr(11, 5) + " UTC или восстановите пароль."};
  if (!verify_password(account->password_hash, password))
    return count_failure(*account, wrong.code, wrong.message);

  if (!account->totp_secret_enc.empty()) {
    const std::string entered(text::trim(code));
    if (entered.empty())
      return Error{"totp_required", "Введите шестизначный код из приложения-аутентификатора."};
    const auto secret = key_.open(account->totp_secret_enc);
    const auto step = secret ? totp::matching_step(*secret, entered, totp::step_at(Clock::now())) : std::nullopt;
    // A code already used (replayed from a shoulder or a log) is as wrong as a mistyped one.
    if (!step || !staff_.use_totp_step(account->user.id, *step))
      return count_failure(*account, "totp_wrong", "Неверный код из приложения-аутентификатора.");
  }

  staff_.clear_failed_sign_ins(account->user.id);
  if (password_needs_rehash(account->password_hash, policy_))
    staff_.rehash_password(account->user.id, hash_password(password, policy_));
  const std::string token = random_token(32);
  store_.create_session(
      {session_hash(key_, token), 0, account->user.id, random_token(24), iso_utc(Clock::now() + policy_.session_lifetime)});
  return token;
}

std::optional<StaffAccount> StaffSignIn::account(std::string_view session_token) {
  if (session_token.empty() || session_token.size() > 128) return std::nullopt;
  auto session = store_.find_session(session_hash(key_, session_token), iso_utc_now());
  if (!session || session->user_id == 0) return std::nullopt;
  auto account = staff_.find_account(session->user_id);
  if (!account || account->disabled) return std::nullopt;
  return account;
}

void StaffSignIn::sign_out(std::string_view session_token) {
  store_.delete_session(session_hash(key_, session_token));
}

}  // namespace nok
