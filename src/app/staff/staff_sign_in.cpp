#include "app/staff/staff_sign_in.h"

#include "app/staff/passwords.h"
#include "app/survey/submit_survey.h"
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

Error wrong() { return {"sign_in_wrong", "Неверный логин или пароль."}; }

// Locked by this attempt or by one that ran beside it.
Error locked_now(const StaffPolicy& policy) {
  return {"sign_in_locked",
          "Слишком много неудачных попыток. Вход заблокирован на " + std::to_string(policy.lock.count()) + " минут."};
}

// Locked before this attempt: until `until` (ISO time).
Error locked_until(const std::string& until, const StaffPolicy& policy) {
  if (until.size() < 16) return locked_now(policy);
  return {"sign_in_locked", "Слишком много неудачных попыток. Вход временно заблокирован, попробуйте после " +
                                until.substr(11, 5) + " UTC или восстановите пароль."};
}

}  // namespace

void StaffSignIn::sign_in(const StaffSignInRequest& request, PasswordHashing& hashing, Done done) {
  // A place first: with no room to check, the attempt costs nothing, not even a write.
  auto place = hashing.reserve();
  if (!place)
    return done(nullptr, refusal(ErrorKind::unavailable, "sign_in_busy",
                                 "Сейчас входит слишком много людей. Подождите немного и попробуйте снова."));
  // Every attempt from the network counts, known login or not, before anything is hashed.
  const auto network = store_.take_limit("staff_sign_in_network:" + key_.hash("net:" + network_of(request.remote_address)),
                                         policy_.attempts_per_network, policy_.network_window);
  if (!network)
    return done(nullptr, refusal(ErrorKind::rate_limited, "sign_in_too_many",
                                 "Слишком много попыток входа из вашей сети. Попробуйте через " +
                                     std::to_string(policy_.network_window.count()) + " минут."));
  Attempt attempt{request, known_account(request.login), 0, *network};
  if (attempt.account) {
    const auto now = Clock::now();
    const auto counted = staff_.count_sign_in_attempt(attempt.account->user.id, policy_.failures_before_lock,
                                                      iso_utc(now), iso_utc(now + policy_.lock));
    if (counted.number == 0) return done(nullptr, locked_until(counted.locked_until, policy_));
    attempt.number = counted.number;
  }
  hashing.run(std::move(*place), [self = *this, attempt, done]() mutable {
    std::exception_ptr error;
    std::optional<Result<StaffSession>> session;
    try {
      session.emplace(self.check(attempt));
    } catch (...) {
      error = std::current_exception();
    }
    done(error, session ? std::move(*session) : Error{"sign_in_failed", "Войти не удалось, попробуйте ещё раз."});
  });
}

std::optional<StaffAccount> StaffSignIn::known_account(std::string_view login) {
  std::string typed(text::trim(login));
  for (auto& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));  // logins are stored so
  auto account = staff_.find_account_by_login(typed);
  if (!account || account->disabled || account->password_hash.empty()) return std::nullopt;
  return account;
}

Result<StaffSession> StaffSignIn::check(const Attempt& attempt) {
  if (!attempt.account) {
    verify_nothing(attempt.request.password, policy_);
    return wrong();
  }
  const auto& account = *attempt.account;
  if (!verify_password(account.password_hash, attempt.request.password)) return failed(attempt, wrong());

  if (!account.totp_secret_enc.empty()) {
    const std::string entered(text::trim(attempt.request.code));
    if (entered.empty()) {  // the right password: asked for the code without counting
      if (!staff_.take_back_sign_in_attempt(account.user.id, iso_utc_now())) return locked_now(policy_);
      return Error{"totp_required", "Введите шестизначный код из приложения-аутентификатора."};
    }
    const auto secret = key_.open(account.totp_secret_enc);
    const auto step = secret ? totp::matching_step(*secret, entered, totp::step_at(Clock::now())) : std::nullopt;
    // A code already used (replayed from a shoulder or a log) is as wrong as a mistyped one.
    if (!step || !staff_.use_totp_step(account.user.id, *step))
      return failed(attempt, Error{"totp_wrong", "Неверный код из приложения-аутентификатора."});
  }
  return open_session(attempt);
}

Error StaffSignIn::failed(const Attempt& attempt, Error error) {
  const auto now = Clock::now();
  const std::string locked = staff_.fail_sign_in_attempt(attempt.account->user.id, attempt.number,
                                                         policy_.failures_before_lock, iso_utc(now),
                                                         iso_utc(now + policy_.lock));
  if (!locked.empty()) return locked_now(policy_);
  const int left = policy_.failures_before_lock - attempt.number;
  return Error{std::move(error.code),
               error.message + " Осталось попыток до временной блокировки: " + std::to_string(left) + "."};
}

Result<StaffSession> StaffSignIn::open_session(const Attempt& attempt) {
  const auto& account = *attempt.account;
  // Right, unless a lock came first (more attempts than allowed ran beside this one).
  if (!staff_.clear_sign_in_attempts(account.user.id, iso_utc_now())) return locked_now(policy_);
  store_.give_back(attempt.network);  // a network's successful sign-ins do not use up its attempts
  if (password_needs_rehash(account.password_hash, policy_))
    staff_.rehash_password(account.user.id, hash_password(attempt.request.password, policy_));
  std::string token = random_token(32);
  store_.create_session(
      {session_hash(key_, token), 0, account.user.id, random_token(24), iso_utc(Clock::now() + policy_.session_lifetime)});
  return StaffSession{std::move(token), account};
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
