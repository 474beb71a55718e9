#include "cli/invitation_settings.h"

#include <stdexcept>

#include "cli/common.h"

namespace nok::cli {

InvitationPolicy invitation_policy_from_env() {
  InvitationPolicy policy;
  policy.delay = std::chrono::hours(env_number("NOK_INVITATION_DELAY_HOURS", 3, 0));
  policy.reminder_after = std::chrono::days(env_number("NOK_INVITATION_REMINDER_DAYS", 3, 0));
  policy.quiet.from_hour = env_number("NOK_INVITATION_QUIET_FROM", 21, 0);
  policy.quiet.to_hour = env_number("NOK_INVITATION_QUIET_TO", 9, 0);
  if (policy.quiet.from_hour > 23 || policy.quiet.to_hour > 23)
    throw std::invalid_argument("NOK_INVITATION_QUIET_FROM и NOK_INVITATION_QUIET_TO — часы от 0 до 23");
  return policy;
}

InvitationSending invitation_sending_from_env(const std::string& public_url) {
  InvitationSending sending;
  sending.public_url = public_url;
  sending.per_second = env_number("NOK_INVITATION_RATE", 20, 0);
  sending.batch = env_number("NOK_INVITATION_BATCH", 20, 1);
  return sending;
}

}  // namespace nok::cli
