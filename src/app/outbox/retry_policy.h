#pragma once
#include <chrono>

namespace nok {

// When a message that failed is tried again (docs/operations.md, "Outgoing mail and SMS"):
// the wait doubles after each failed attempt from `first_wait` up to `longest_wait`, and
// is shortened by a random share of up to `jitter`, so messages that failed together (a
// mail server restarting) do not all come back in the same second. After `max_attempts`
// failed attempts the message is dead. With the defaults: 30 s, 1, 2, 4 … 32 min, then
// hourly — about five hours of trying.
struct RetryPolicy {
  int max_attempts = 12;
  std::chrono::seconds first_wait{30};
  std::chrono::seconds longest_wait{3600};
  double jitter = 0.2;  // 0…1
};

// The wait after the `failed`-th failed attempt (1 for the first), given `random` drawn
// uniformly from [0, 1): at most the doubled wait capped at `longest_wait`, at least
// (1 − jitter) of it.
std::chrono::seconds retry_wait(const RetryPolicy& policy, int failed, double random);

// True when the message is dead after its `failed`-th failed attempt.
inline bool out_of_attempts(const RetryPolicy& policy, int failed) { return failed >= policy.max_attempts; }

}  // namespace nok
