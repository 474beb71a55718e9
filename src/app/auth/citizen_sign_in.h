#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/crypto.h"
#include "core/result.h"
#include "app/auth/contact.h"
#include "mail/mailer.h"
#include "sms/sms_sender.h"
#include "store/store.h"

namespace nok {

// Limits that make code guessing hopeless and keep mail and SMS volume sane
// (docs/security.md, "Limits"). Each holds across threads and `nok` processes: it is a
// conditional write or a LimitStore unit in the database, never a count read beforehand.
struct SignInPolicy {
  std::chrono::minutes code_lifetime{10};
  int attempts_per_code = 5;      // then the code is void: 5 tries of 10^6 codes
  int codes_per_window = 3;       // codes one address may request per window
  std::chrono::minutes window{15};
  // [C] Codes one network (IPv4 /24, IPv6 /48) may request per hour, whatever the addresses:
  // a script asking codes for thousands of numbers runs up an SMS bill. A hall's Wi-Fi or a
  // mobile operator's NAT shares a network among many people, hence far more than one.
  int codes_per_network = 100;
  std::chrono::hours network_window{1};
  std::chrono::hours session_lifetime{24 * 30};
};

struct NewSession {
  std::string token;  // goes into the cookie; only its hash is stored
  std::string csrf;
  std::int64_t citizen_id = 0;
};

// Citizen sign-in by a one-time code sent to an e-mail address or by SMS to a Russian
// mobile number (`contact.h`). The contact itself is stored only encrypted (to answer
// appeals); lookups use its keyed hash. Either sender may be nullptr (not configured).
class CitizenSignIn {
 public:
  CitizenSignIn(Store& store, Mailer* mailer, SmsSender* sms, const SecretKey& key, SignInPolicy policy = {})
      : store_(store), mailer_(mailer), sms_(sms), key_(key), policy_(policy) {}

  // Sends a fresh code to what the person typed and returns it normalised. `remote_address`
  // is the client's IP address (empty: no limit per network). Errors: bad_email, bad_phone,
  // bad_contact, too_many_codes (for the address or for the network), mail_unavailable,
  // sms_unavailable.
  Result<Contact> request_code(std::string_view contact, std::string_view remote_address = {});
  // Checks the code and opens a session: each attempt is counted before the comparison, so
  // no more than attempts_per_code are ever compared. Errors: bad_…, code_expired,
  // code_wrong, code_locked.
  Result<NewSession> verify(std::string_view contact, std::string_view code);
  // The same check, for a person confirming their number at a terminal in a hall: the
  // citizen's id, and no session (nothing of them stays on the shared device).
  Result<std::int64_t> confirm(std::string_view contact, std::string_view code);
  // Opens a session for a citizen known by `login_key` (hashed here); `sealed_contact` may
  // be empty when there is nothing to notify them at (an identity provider's subject).
  NewSession open_session(const std::string& login_key, const std::string& sealed_contact);
  std::optional<Session> session(std::string_view token);
  void sign_out(std::string_view token);

 private:
  // Takes a unit of the address's limit and of the network's; the tickets to give back
  // when the code is not sent. Takes nothing when either limit is reached.
  Result<std::vector<LimitStore::Ticket>> take_code_limits(const std::string& login, std::string_view remote_address);
  Result<Ok> deliver(const Contact& contact, const std::string& code);
  // Checks and spends the code for what the person typed; their contact, normalised.
  Result<Contact> check_code(std::string_view contact, std::string_view code);

  Store& store_;
  Mailer* mailer_;
  SmsSender* sms_;
  const SecretKey& key_;
  SignInPolicy policy_;
};

}  // namespace nok
