#include "web/error_status.h"

namespace nok::web {

unsigned http_status(const Error& error) {
  switch (error.kind) {
    case ErrorKind::invalid: return 422;
    case ErrorKind::malformed: return 400;
    case ErrorKind::unauthorized: return 401;
    case ErrorKind::forbidden: return 403;
    case ErrorKind::not_found: return 404;
    case ErrorKind::conflict: return 409;
    case ErrorKind::rate_limited: return 429;
    case ErrorKind::unavailable: return 503;
  }
  return 500;  // unreachable: every kind is listed above
}

unsigned http_status(const Errors& errors) { return errors.empty() ? 200 : http_status(errors.front()); }

}  // namespace nok::web
