#pragma once
#include <string>
#include <vector>

namespace nok {

// What kind of failure an Error is: the one thing a caller decides on. The web layer turns
// it into an HTTP status (web/error_status.h) and a command into its exit code; nothing
// below the web layer knows HTTP.
enum class ErrorKind {
  invalid,       // the values given fail a rule (a form field, a file's cell): fix them and retry
  malformed,     // the request itself is broken (a bad idempotency key, unreadable JSON)
  unauthorized,  // nobody is signed in, or the sign-in failed
  forbidden,     // signed in, but this person may not do this
  not_found,     // no such thing, or not one this person may see
  conflict,      // the thing is not in a state that allows it (saved by someone else, already done)
  rate_limited,  // a limit was reached; the same request later will succeed
  unavailable,   // a service nok depends on (mail, SMS, an identity provider) cannot answer
};

// An expected failure: its kind, a stable machine code for the JSON API and logs, and a
// message in Russian for the person who caused it. `line`/`column` locate it in an input
// file (1-based; 0 when not applicable); `column` also names a form's field.
struct Error {
  std::string code;
  std::string message;
  int line = 0;
  std::string column;
  ErrorKind kind = ErrorKind::invalid;
};

using Errors = std::vector<Error>;

// An Error of `kind`, for the failures that are not a value failing a rule.
inline Error refusal(ErrorKind kind, std::string code, std::string message, std::string field = "") {
  return {std::move(code), std::move(message), 0, std::move(field), kind};
}

// "строка 12, столбец inn: ..." — how import and score errors are printed to people.
std::string describe(const Error& e);

}  // namespace nok
