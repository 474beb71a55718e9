#include "core/crypto.h"

#include <sodium.h>

#include <vector>

namespace nok {
namespace {

std::string to_base64(const unsigned char* data, std::size_t size, int variant = sodium_base64_VARIANT_ORIGINAL) {
  std::string out(sodium_base64_encoded_len(size, variant), '\0');
  sodium_bin2base64(out.data(), out.size(), data, size, variant);
  out.pop_back();  // the terminating NUL
  return out;
}

std::optional<std::vector<unsigned char>> from_base64(std::string_view text,
                                                      int variant = sodium_base64_VARIANT_ORIGINAL) {
  // An empty vector's data() is null, which libsodium's arguments must never be.
  if (text.empty()) return std::vector<unsigned char>{};
  std::vector<unsigned char> out(text.size());
  std::size_t length = 0;
  if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, nullptr, variant) != 0)
    return std::nullopt;
  out.resize(length);
  return out;
}

std::string blake2b_hex(std::string_view data, const unsigned char* key, std::size_t key_size) {
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(data.data()), data.size(), key,
                     key_size);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace

SecretKey SecretKey::generate() {
  SecretKey key;
  crypto_secretbox_keygen(key.bytes_.data());
  return key;
}

Result<SecretKey> SecretKey::from_base64(std::string_view text) {
  auto raw = nok::from_base64(text);
  if (!raw || raw->size() != 32)
    return Error{"bad_secret_key", "секретный ключ должен быть 32 байтами в base64 (см. docs/configuration.md)"};
  SecretKey key;
  std::copy(raw->begin(), raw->end(), key.bytes_.begin());
  return key;
}

std::string SecretKey::to_base64() const { return nok::to_base64(bytes_.data(), bytes_.size()); }

std::string SecretKey::hash(std::string_view data) const { return blake2b_hex(data, bytes_.data(), bytes_.size()); }

std::string content_digest(std::string_view data) { return blake2b_hex(data, nullptr, 0); }

std::string SecretKey::seal(std::string_view plaintext) const {
  std::vector<unsigned char> out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size());
  randombytes_buf(out.data(), crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(out.data() + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(), out.data(),
                        bytes_.data());
  return nok::to_base64(out.data(), out.size());
}

std::optional<std::string> SecretKey::open(std::string_view sealed) const {
  auto raw = nok::from_base64(sealed);
  if (!raw || raw->size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) return std::nullopt;
  std::string out(raw->size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(out.data()), raw->data() + crypto_secretbox_NONCEBYTES,
                                 raw->size() - crypto_secretbox_NONCEBYTES, raw->data(), bytes_.data()) != 0)
    return std::nullopt;
  return out;
}

std::string random_digits(int digits) {
  std::string out;
  for (int i = 0; i < digits; ++i) out += static_cast<char>('0' + randombytes_uniform(10));
  return out;
}

bool equal_in_constant_time(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string sha256_base64url(std::string_view data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return to_base64(digest, sizeof digest, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

std::string sha256_base64(std::string_view data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return to_base64(digest, sizeof digest, sodium_base64_VARIANT_ORIGINAL);
}

std::optional<std::string> from_base64url(std::string_view text) {
  auto bytes = from_base64(text, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  if (!bytes) return std::nullopt;
  return std::string(bytes->begin(), bytes->end());
}

}  // namespace nok
