#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace nok::web {

// A positive decimal id from a route or a form ("/appeals/{id}", version=…); nullopt for
// anything else, so a malformed id gets the same 404 as an unknown one.
std::optional<std::int64_t> parse_id(std::string_view text);

}  // namespace nok::web
