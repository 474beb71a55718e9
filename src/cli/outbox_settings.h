#pragma once
#include <chrono>

#include "app/outbox/outbox.h"

namespace nok::cli {

// The outbox's settings (docs/configuration.md): NOK_OUTBOX_ATTEMPTS (failed attempts
// before a message is dead, default 12) and NOK_OUTBOX_KEEP_DAYS (how long a dead message
// keeps its recipient and body, default 14). Throws std::invalid_argument with a Russian
// message for a value that is not a whole number from 1 up.
OutboxPolicy outbox_policy_from_env();

// NOK_OUTBOX_INTERVAL: seconds between the rounds of `nok serve`'s sender (default 5).
std::chrono::milliseconds outbox_interval_from_env();

}  // namespace nok::cli
