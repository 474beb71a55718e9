#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace nok {

// Limits on how often something may happen ("3 codes to one address in 15 minutes", "10
// sign-in attempts from one network a minute") that hold under a concurrent burst and
// across every `nok` process over the same database: each decision is one transaction that
// counts and records under a lock on the limit's key, never a read followed by a write.
//
// Keys name the limit and its subject, e.g. "code:<hash of the address>"; they must carry
// no personal data in the clear (hash what identifies a person). A window is at most a day.
class LimitStore {
 public:
  virtual ~LimitStore() = default;

  // A unit taken from a limit, to give back when what it allowed did not happen.
  struct Ticket {
    std::int64_t id = 0;
  };

  // Takes one unit of `key`'s limit: succeeds when fewer than `limit` units were taken in
  // the `window` before now (a sliding window, not calendar slots), and records the new
  // one before returning. Returns std::nullopt, recording nothing, when the limit is
  // reached. Of a burst of N concurrent calls, from any threads or processes, exactly
  // min(N, limit - taken) succeed.
  virtual std::optional<Ticket> take_limit(std::string_view key, int limit, std::chrono::seconds window) = 0;

  // Returns a unit taken by take_limit, as if it had never been taken (a code the mail
  // server refused does not use up the person's codes). Returning one twice is harmless.
  virtual void give_back(const Ticket& ticket) = 0;
};

}  // namespace nok
