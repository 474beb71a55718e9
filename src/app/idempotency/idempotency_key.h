#pragma once
#include <optional>
#include <string_view>

#include "core/error.h"

namespace nok {

// A client's idempotency key (a double tap or a retry resubmits it) is stored and indexed
// with its row, so a longer one than this is refused.
constexpr std::size_t kMaxIdempotencyKey = 64;

// The refusal (400) of a key too long to keep, for the field `idempotency_key`.
inline std::optional<Error> idempotency_key_error(std::string_view key) {
  if (key.size() <= kMaxIdempotencyKey) return std::nullopt;
  return refusal(ErrorKind::malformed, "bad_idempotency_key", "Ключ повтора (idempotency_key) длиннее 64 знаков",
                 "idempotency_key");
}

}  // namespace nok
