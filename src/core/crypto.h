#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace nok {

// The server's 32-byte secret (libsodium). It keys the hashes by which personal logins
// are looked up and encrypts contact data at rest (152-ФЗ), so a copy of the database
// alone reveals neither. Every `nok` process of a deployment must share it.
class SecretKey {
 public:
  static SecretKey generate();
  static Result<SecretKey> from_base64(std::string_view text);
  std::string to_base64() const;

  // BLAKE2b-256 keyed with this key, as hex: a stable, non-reversible lookup key.
  std::string hash(std::string_view data) const;
  // XSalsa20-Poly1305 with a random nonce, as base64 (nonce || ciphertext).
  std::string seal(std::string_view plaintext) const;
  // nullopt when the text was not sealed with this key or was altered.
  std::optional<std::string> open(std::string_view sealed) const;

 private:
  std::array<unsigned char, 32> bytes_{};
};

// BLAKE2b-256 of `data` without a key, as hex: a fingerprint of content anyone may
// recompute (what a council saw when it decided), not a secret lookup key.
std::string content_digest(std::string_view data);

// A uniformly random decimal code of `digits` digits, e.g. "042917" (one-time codes).
std::string random_digits(int digits);

// Constant-time comparison of two strings of equal length (codes, tokens).
bool equal_in_constant_time(std::string_view a, std::string_view b);

// SHA-256 of `data` as unpadded base64url: the PKCE S256 code challenge (RFC 7636).
std::string sha256_base64url(std::string_view data);

// SHA-256 of `data` as padded base64: a Content-Security-Policy hash source ('sha256-…').
std::string sha256_base64(std::string_view data);

// Decodes unpadded base64url (JWT segments); nullopt when malformed.
std::optional<std::string> from_base64url(std::string_view text);

}  // namespace nok
