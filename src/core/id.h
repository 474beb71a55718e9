#pragma once
#include <cstdint>
#include <string>

namespace nok {

// 64-bit time-ordered ids: milliseconds since the Unix epoch in the top 42 bits, a
// 10-bit process tag drawn at random at start-up, and a 12-bit sequence. Ids from one
// process strictly increase (past 4096 in a millisecond they borrow the next one), so a
// bulk import never collides with itself; several `nok` processes over one PostgreSQL
// collide only if two drew the same tag and minted in the same millisecond at the same
// sequence. New keys land at the end of indexes, which keeps inserts fast.
std::int64_t new_id();

// A random token of `bytes` bytes, URL-safe base64 without padding (sessions, CSRF).
std::string random_token(std::size_t bytes = 24);

}  // namespace nok
