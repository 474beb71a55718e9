#include "cli/outbox_settings.h"

#include "cli/common.h"

namespace nok::cli {

OutboxPolicy outbox_policy_from_env() {
  OutboxPolicy policy;
  policy.retry.max_attempts = env_number("NOK_OUTBOX_ATTEMPTS", policy.retry.max_attempts, 1);
  policy.keep_dead = std::chrono::hours(24 * env_number("NOK_OUTBOX_KEEP_DAYS", 14, 1));
  return policy;
}

std::chrono::milliseconds outbox_interval_from_env() {
  return std::chrono::seconds(env_number("NOK_OUTBOX_INTERVAL", 5, 1));
}

}  // namespace nok::cli
