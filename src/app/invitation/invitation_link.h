#pragma once
// The personal link of an invitation, "{id}-{mac}": the mac is keyed with the server's
// secret over the id and the invitation's random nonce, so neither a guessed id nor an
// altered link opens anything, and a link stays the same for the reminder.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/crypto.h"

namespace nok {

std::string invitation_token(const SecretKey& key, std::int64_t id, std::string_view nonce);

// The id a token names, or nullopt when it is not of the form; the mac is checked by
// `invitation_token_matches` once the nonce is read.
std::optional<std::int64_t> invitation_token_id(std::string_view token);
bool invitation_token_matches(const SecretKey& key, std::string_view token, std::int64_t id, std::string_view nonce);

}  // namespace nok
