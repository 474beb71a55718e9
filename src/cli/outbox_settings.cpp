#include "cli/outbox_settings.h"

#include <charconv>
#include <stdexcept>
#include <string>

#include "cli/common.h"

namespace nok::cli {
namespace {

int positive_from_env(const char* name, int fallback) {
  const std::string text = env_or(name, std::to_string(fallback));
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 1)
    throw std::invalid_argument("значение " + std::string(name) + " должно быть целым числом от 1");
  return value;
}

}  // namespace

OutboxPolicy outbox_policy_from_env() {
  OutboxPolicy policy;
  policy.retry.max_attempts = positive_from_env("NOK_OUTBOX_ATTEMPTS", policy.retry.max_attempts);
  policy.keep_dead = std::chrono::hours(24 * positive_from_env("NOK_OUTBOX_KEEP_DAYS", 14));
  return policy;
}

std::chrono::milliseconds outbox_interval_from_env() {
  return std::chrono::seconds(positive_from_env("NOK_OUTBOX_INTERVAL", 5));
}

}  // namespace nok::cli
