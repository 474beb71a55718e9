#include "cli/website_check_settings.h"

#include <stdexcept>

#include "cli/common.h"

namespace nok::cli {

CheckSettings website_check_settings_from_env(const std::string& public_url) {
  CheckSettings settings;
  settings.public_url = public_url;
  settings.fetch.user_agent = std::string("nok-website-check/") + NOK_VERSION + " (+" + public_url + ")";
  settings.page_delay = std::chrono::milliseconds(env_number<long>("NOK_WEBSITE_CHECK_DELAY_MS", 1000, 0));
  settings.fetch.total_timeout = std::chrono::seconds(env_number<long>("NOK_WEBSITE_CHECK_TIMEOUT", 15, 1));
  settings.fetch.connect_timeout = std::min<std::chrono::milliseconds>(settings.fetch.total_timeout, std::chrono::seconds(5));
  auto allowed = parse_networks(env_or("NOK_WEBSITE_CHECK_ALLOW", ""));
  if (!allowed) throw std::invalid_argument("NOK_WEBSITE_CHECK_ALLOW: " + allowed.error().message);
  settings.fetch.allowed_networks = std::move(*allowed);
  return settings;
}

std::chrono::hours website_check_period_from_env() {
  return std::chrono::hours(24 * env_number<long>("NOK_WEBSITE_CHECK_DAYS", 7, 0));
}

}  // namespace nok::cli
