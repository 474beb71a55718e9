#include "core/totp.h"

#include <sodium.h>

#include <array>
#include <cctype>

#include "core/crypto.h"

namespace nok::totp {
namespace {

constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// SHA-1 (FIPS 180-4). libsodium offers only SHA-2, and authenticator apps need SHA-1.
using Digest = std::array<unsigned char, 20>;

std::uint32_t rotl(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

Digest sha1(std::string_view message) {
  std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::string padded(message);
  padded += static_cast<char>(0x80);
  while (padded.size() % 64 != 56) padded += '\0';
  const std::uint64_t bits = static_cast<std::uint64_t>(message.size()) * 8;
  for (int i = 7; i >= 0; --i) padded += static_cast<char>((bits >> (i * 8)) & 0xff);
  for (std::size_t block = 0; block < padded.size(); block += 64) {
    std::uint32_t w[80];
    for (int i = 0; i < 16; ++i) {
      const auto* p = reinterpret_cast<const unsigned char*>(padded.data() + block + i * 4);
      w[i] = (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
    }
    for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      std::uint32_t f, k;
      if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999;
      else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
      else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
      else f = b ^ c ^ d, k = 0xCA62C1D6;
      const std::uint32_t next = rotl(a, 5) + f + e + k + w[i];
      e = d, d = c, c = rotl(b, 30), b = a, a = next;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
  }
  Digest out;
  for (int i = 0; i < 20; ++i) out[i] = static_cast<unsigned char>(h[i / 4] >> (24 - 8 * (i % 4)));
  return out;
}

// RFC 2104 with a 64-byte block; TOTP secrets are shorter than a block.
Digest hmac_sha1(std::string_view key, std::string_view message) {
  std::string block = key.size() > 64 ? std::string(reinterpret_cast<const char*>(sha1(key).data()), 20)
                                      : std::string(key);
  block.resize(64, '\0');
  std::string inner(64, '\0'), outer(64, '\0');
  for (int i = 0; i < 64; ++i) {
    inner[i] = static_cast<char>(block[i] ^ 0x36);
    outer[i] = static_cast<char>(block[i] ^ 0x5c);
  }
  const Digest inner_digest = sha1(inner + std::string(message));
  return sha1(outer + std::string(reinterpret_cast<const char*>(inner_digest.data()), inner_digest.size()));
}

std::string percent_encode(std::string_view s) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') out += static_cast<char>(c);
    else out += {'%', hex[c >> 4], hex[c & 15]};
  }
  return out;
}

}  // namespace

std::string new_secret() {
  std::string secret(20, '\0');
  randombytes_buf(secret.data(), secret.size());
  return secret;
}

std::string to_base32(std::string_view bytes) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 5) out += kBase32[(buffer >> (bits -= 5)) & 31];
  }
  if (bits > 0) out += kBase32[(buffer << (5 - bits)) & 31];
  return out;
}

std::optional<std::string> from_base32(std::string_view text) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == ' ' || c == '=' || c == '-') continue;  // apps show the secret in groups
    const auto at = kBase32.find(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (at == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 5) | static_cast<std::uint32_t>(at);
    bits += 5;
    if (bits >= 8) out += static_cast<char>((buffer >> (bits -= 8)) & 0xff);
  }
  return out;
}

std::int64_t step_at(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count() / kStepSeconds;
}

std::string code_at(std::string_view secret, std::int64_t step) {
  char counter[8];
  for (int i = 7; i >= 0; --i, step >>= 8) counter[i] = static_cast<char>(step & 0xff);
  const Digest mac = hmac_sha1(secret, std::string_view(counter, 8));
  const int offset = mac[19] & 0x0f;  // RFC 4226 dynamic truncation
  const std::uint32_t binary = ((mac[offset] & 0x7fu) << 24) | (std::uint32_t{mac[offset + 1]} << 16) |
                               (std::uint32_t{mac[offset + 2]} << 8) | mac[offset + 3];
  std::string code = std::to_string(binary % 1000000);
  return std::string(kDigits - code.size(), '0') + code;
}

std::optional<std::int64_t> matching_step(std::string_view secret, std::string_view code, std::int64_t now_step,
                                          int window) {
  if (code.size() != kDigits) return std::nullopt;
  std::optional<std::int64_t> found;
  // Every candidate is compared, in constant time, so timing does not tell which step matched.
  for (std::int64_t step = now_step - window; step <= now_step + window; ++step)
    if (equal_in_constant_time(code_at(secret, step), code) && !found) found = step;
  return found;
}

std::string provisioning_uri(std::string_view issuer, std::string_view account, std::string_view secret) {
  const std::string label = percent_encode(issuer) + ":" + percent_encode(account);
  return "otpauth://totp/" + label + "?secret=" + to_base32(secret) + "&issuer=" + percent_encode(issuer) +
         "&algorithm=SHA1&digits=6&period=30";
}

}  // namespace nok::totp
