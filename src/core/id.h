#pragma once
#include <cstdint>
#include <string>

namespace nok {

// 64-bit time-ordered ids: milliseconds since the Unix epoch in the top 42 bits, 22
// random bits below. Any process may mint them without coordination (several `nok`
// servers over one PostgreSQL), and they index well because new keys land at the end.
std::int64_t new_id();

// A random token of `bytes` bytes, URL-safe base64 without padding (sessions, CSRF).
std::string random_token(std::size_t bytes = 24);

}  // namespace nok
