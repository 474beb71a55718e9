#include "app/invitation/invitation_link.h"

#include <charconv>

namespace nok {
namespace {

constexpr std::size_t kMacLength = 24;  // hex: 96 bits

}  // namespace

std::string invitation_token(const SecretKey& key, std::int64_t id, std::string_view nonce) {
  const std::string number = std::to_string(id);
  return number + "-" + key.hash("invitation-link:" + number + ":" + std::string(nonce)).substr(0, kMacLength);
}

std::optional<std::int64_t> invitation_token_id(std::string_view token) {
  const auto dash = token.find('-');
  if (dash == std::string_view::npos || dash == 0 || token.size() - dash - 1 != kMacLength) return std::nullopt;
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(token.data(), token.data() + dash, id);
  if (error != std::errc() || end != token.data() + dash || id <= 0) return std::nullopt;
  return id;
}

bool invitation_token_matches(const SecretKey& key, std::string_view token, std::int64_t id, std::string_view nonce) {
  return equal_in_constant_time(token, invitation_token(key, id, nonce));
}

}  // namespace nok
