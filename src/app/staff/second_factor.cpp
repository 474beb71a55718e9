#include "app/staff/second_factor.h"

#include "app/staff/audit.h"
#include "core/text.h"
#include "core/totp.h"

namespace nok {

TotpEnrolment begin_totp(const SecretKey& key, std::string_view login) {
  const std::string secret = totp::new_secret();
  return {key.seal(secret), totp::to_base32(secret), totp::provisioning_uri("НОК", login, secret)};
}

Result<Ok> confirm_totp(StaffStore& staff, const SecretKey& key, const StaffAccount& account, std::string_view sealed,
                        std::string_view code) {
  const auto secret = key.open(sealed);
  const auto step = secret ? totp::matching_step(*secret, text::trim(code), totp::step_at(std::chrono::system_clock::now()))
                           : std::nullopt;
  if (!step)
    return Error{"totp_wrong", "Код не подошёл. Проверьте, что время на телефоне верное, и введите новый код из приложения."};
  staff.set_totp_secret(account.user.id, std::string(sealed),
                        audit_entry(account.user.id, "user.totp_enable", "user", std::to_string(account.user.id),
                                    {{"totp", !account.totp_secret_enc.empty()}}, {{"totp", true}}));
  // The code just typed must not open a session a second time.
  (void)staff.use_totp_step(account.user.id, *step);
  return Ok{};
}

}  // namespace nok
