#pragma once
#include "app/invitation/invitation_sender.h"

namespace nok::cli {

// Invitations' settings (docs/configuration.md): NOK_INVITATION_DELAY_HOURS (after the
// service, default 3), NOK_INVITATION_REMINDER_DAYS (0: no reminder, default 3),
// NOK_INVITATION_QUIET_FROM / _TO (local hours without messages, default 21 and 9; equal:
// none). Throws
// std::invalid_argument with a Russian message for a value that is not a whole number.
InvitationPolicy invitation_policy_from_env();

// How this process sends them: NOK_INVITATION_RATE (messages a second, 0: no limit,
// default 20), NOK_INVITATION_BATCH (claimed at once, default 20); links on `public_url`.
InvitationSending invitation_sending_from_env(const std::string& public_url);

}  // namespace nok::cli
