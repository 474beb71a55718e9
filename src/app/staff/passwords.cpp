#include "app/staff/passwords.h"

#include <sodium.h>

#include <semaphore>
#include <stdexcept>

#include "core/id.h"
#include "core/text.h"

namespace nok {
namespace {

constexpr std::size_t kMinLength = 10;   // code points
constexpr std::size_t kMaxBytes = 256;

// New hashes are made outside sign-in's threads too (a password set by link, on a write
// thread): at most two at once in a process, so a burst of them (one link posted many times
// before it is used up) cannot take memory without bound.
std::counting_semaphore<2>& new_hash_slots() {
  static std::counting_semaphore<2> slots(2);
  return slots;
}

}  // namespace

Result<Ok> check_new_password(std::string_view password, std::string_view confirmation, std::string_view login) {
  if (password != confirmation) return Error{"password_mismatch", "Пароли не совпадают. Введите один и тот же пароль дважды."};
  if (text::length(password) < kMinLength)
    return Error{"password_short", "Пароль слишком короткий: нужно не меньше 10 символов."};
  if (password.size() > kMaxBytes) return Error{"password_long", "Пароль слишком длинный: не больше 256 байт."};
  if (text::fold(password) == text::fold(login)) return Error{"password_is_login", "Пароль не должен совпадать с логином."};
  return Ok{};
}

std::string hash_password(std::string_view password, const StaffPolicy& policy) {
  char out[crypto_pwhash_STRBYTES];
  new_hash_slots().acquire();
  const int failed = crypto_pwhash_str(out, password.data(), password.size(), policy.password_ops, policy.password_memory);
  new_hash_slots().release();
  if (failed != 0)
    throw std::runtime_error("не хватило памяти для хеширования пароля");
  return out;
}

bool verify_password(const std::string& hash, std::string_view password) {
  if (hash.empty() || password.size() > kMaxBytes) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool password_needs_rehash(const std::string& hash, const StaffPolicy& policy) {
  return crypto_pwhash_str_needs_rehash(hash.c_str(), policy.password_ops, policy.password_memory) != 0;
}

void verify_nothing(std::string_view password, const StaffPolicy& policy) {
  // A hash nobody knows the password of, at the cost of real ones (the process has one policy).
  static const std::string decoy = hash_password(random_token(24), policy);
  (void)verify_password(decoy, password);
}

}  // namespace nok
