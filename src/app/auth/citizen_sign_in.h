#pragma once
#include <chrono>
#include <optional>
#include <string>

#include "core/crypto.h"
#include "core/result.h"
#include "mail/mailer.h"
#include "store/store.h"

namespace nok {

// Limits that make code guessing hopeless and keep mail volume sane (docs/security.md).
struct SignInPolicy {
  std::chrono::minutes code_lifetime{10};
  int attempts_per_code = 5;      // then the code is void: 5 tries of 10^6 codes
  int codes_per_window = 3;       // codes one address may request per window
  std::chrono::minutes window{15};
  std::chrono::hours session_lifetime{24 * 30};
};

struct NewSession {
  std::string token;  // goes into the cookie; only its hash is stored
  std::string csrf;
  std::int64_t citizen_id = 0;
};

// Citizen sign-in by a one-time code sent to an e-mail address. The address itself is
// stored only encrypted (to answer appeals); lookups use its keyed hash.
class CitizenSignIn {
 public:
  CitizenSignIn(Store& store, Mailer* mailer, const SecretKey& key, SignInPolicy policy = {})
      : store_(store), mailer_(mailer), key_(key), policy_(policy) {}

  // Sends a fresh code. Errors: bad_email, too_many_codes, mail_unavailable.
  Result<Ok> request_code(std::string_view email);
  // Checks the code and opens a session. Errors: code_expired, code_wrong, code_locked.
  Result<NewSession> verify(std::string_view email, std::string_view code);
  std::optional<Session> session(std::string_view token);
  void sign_out(std::string_view token);

  // Lower-cased, trimmed address, or nullopt when it is not an e-mail address.
  static std::optional<std::string> normalise_email(std::string_view email);

 private:
  Store& store_;
  Mailer* mailer_;
  const SecretKey& key_;
  SignInPolicy policy_;
};

}  // namespace nok
