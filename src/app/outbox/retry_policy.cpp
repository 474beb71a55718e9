#include "app/outbox/retry_policy.h"

#include <algorithm>
#include <cmath>

namespace nok {

std::chrono::seconds retry_wait(const RetryPolicy& policy, int failed, double random) {
  // Doubling in floating point cannot overflow, however many attempts are allowed.
  const double doubled = static_cast<double>(policy.first_wait.count()) * std::pow(2.0, std::max(failed, 1) - 1);
  const double capped = std::min(doubled, static_cast<double>(policy.longest_wait.count()));
  return std::chrono::seconds(std::llround(capped * (1.0 - policy.jitter * random)));
}

}  // namespace nok
