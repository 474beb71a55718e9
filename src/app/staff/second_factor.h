#pragma once
#include <string>
#include <string_view>

#include "core/crypto.h"
#include "core/result.h"
#include "store/staff_store.h"

namespace nok {

// Enrolling a TOTP authenticator: a fresh secret is shown (as text and as a QR code of
// its otpauth URI) and saved only after the person types a code it produced.
struct TotpEnrolment {
  std::string sealed;  // the secret sealed with the server key, carried by the form
  std::string base32;  // for typing into the app
  std::string uri;     // otpauth://…, for the QR code
};

TotpEnrolment begin_totp(const SecretKey& key, std::string_view login);

// Checks `code` against the sealed secret and stores it. Errors: totp_wrong.
Result<Ok> confirm_totp(StaffStore& staff, const SecretKey& key, const StaffAccount& account, std::string_view sealed,
                        std::string_view code);

}  // namespace nok
