#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok {

// A one-time sign-in code, stored as a keyed hash only.
struct LoginCode {
  std::int64_t id = 0;
  std::string code_hash;
};

// A signed-in browser or app: a citizen or a staff user. Only the token's hash is stored.
struct Session {
  std::string token_hash;
  std::int64_t citizen_id = 0;
  std::int64_t user_id = 0;
  std::string csrf;
  std::string expires_at;
};

// Citizens' sign-in codes, citizens, and the sessions of citizens and staff.
class SignInStore {
 public:
  virtual ~SignInStore() = default;

  // Sign-in codes and sessions (app/auth). Times are ISO 8601 UTC text. How many codes a
  // login may request is a limit (LimitStore), taken before a code is added.
  virtual void add_login_code(const std::string& login_hash, const std::string& code_hash,
                              const std::string& expires_at) = 0;
  // The newest code for this login that is neither used nor expired at `now`.
  virtual std::optional<LoginCode> latest_login_code(const std::string& login_hash, const std::string& now) = 0;
  // Counts one attempt at the code, before the entered code is compared with it. Returns
  // the attempts made with this one, or std::nullopt — counting nothing — when the code is
  // used, expired at `now` or already had `limit` attempts. One conditional write, so of a
  // burst of guesses from any threads or processes at most `limit` are ever compared.
  virtual std::optional<int> count_code_attempt(std::int64_t code_id, int limit, const std::string& now) = 0;
  // Marks the code used; false when another request used it first (a double submit).
  virtual bool consume_login_code(std::int64_t code_id, const std::string& now) = 0;
  // Finds or creates the citizen with this login hash; refreshes the encrypted contact.
  virtual std::int64_t upsert_citizen(const std::string& login_hash, const std::string& contact_enc) = 0;
  virtual void create_session(const Session& session) = 0;
  virtual std::optional<Session> find_session(const std::string& token_hash, const std::string& now) = 0;
  virtual void delete_session(const std::string& token_hash) = 0;
};

}  // namespace nok
