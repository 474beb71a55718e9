#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Time-based one-time passwords (RFC 6238) as authenticator apps implement them:
// HMAC-SHA1, 30-second steps, 6 digits. SHA-1 is what every app supports; its known
// weaknesses (collisions) do not touch HMAC.
namespace nok::totp {

inline constexpr std::int64_t kStepSeconds = 30;
inline constexpr int kDigits = 6;

// A fresh 20-byte secret (RFC 4226 recommends 160 bits).
std::string new_secret();

// RFC 4648 base32 without padding, the form apps accept when typed or scanned.
std::string to_base32(std::string_view bytes);
std::optional<std::string> from_base32(std::string_view text);

// The time step containing `t` (Unix time / 30).
std::int64_t step_at(std::chrono::system_clock::time_point t);

// The code of one time step, zero-padded to kDigits.
std::string code_at(std::string_view secret, std::int64_t step);

// The step whose code equals `code`, looking `window` steps either side of `now_step`
// (clocks of phones drift), or nullopt. Callers refuse a step already used (replay).
std::optional<std::int64_t> matching_step(std::string_view secret, std::string_view code, std::int64_t now_step,
                                          int window = 1);

// otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=… — what the enrolment QR code holds.
std::string provisioning_uri(std::string_view issuer, std::string_view account, std::string_view secret);

}  // namespace nok::totp
