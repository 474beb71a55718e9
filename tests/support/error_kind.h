#pragma once
#include <string>

#include "core/error.h"

namespace nok::test {

// The kind of a use case's first error by name, "ok" when there is none: what a test
// expects of a result, printed readably when the expectation fails.
inline std::string kind_of(const Errors& errors) {
  if (errors.empty()) return "ok";
  switch (errors.front().kind) {
    case ErrorKind::invalid: return "invalid";
    case ErrorKind::malformed: return "malformed";
    case ErrorKind::unauthorized: return "unauthorized";
    case ErrorKind::forbidden: return "forbidden";
    case ErrorKind::not_found: return "not_found";
    case ErrorKind::conflict: return "conflict";
    case ErrorKind::rate_limited: return "rate_limited";
    case ErrorKind::unavailable: return "unavailable";
  }
  return "unknown";
}

}  // namespace nok::test
