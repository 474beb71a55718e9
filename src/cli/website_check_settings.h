#pragma once
#include <chrono>
#include <string>

#include "app/website/site_check.h"

namespace nok::cli {

// The website checker's settings (docs/configuration.md): NOK_WEBSITE_CHECK_DELAY_MS (between
// two pages of one host, default 1000), NOK_WEBSITE_CHECK_TIMEOUT (seconds per request,
// default 15), NOK_WEBSITE_CHECK_ALLOW (non-public networks that may be fetched, for test
// fixtures; default none). The User-Agent names nok and the deployment's public URL, so a
// site's administrator can see who visits. Throws std::invalid_argument with a Russian
// message for a value it cannot read.
CheckSettings website_check_settings_from_env(const std::string& public_url);

// NOK_WEBSITE_CHECK_DAYS: how old a site's last check may get before `nok serve` checks it
// again (default 7; 0 turns the schedule off).
std::chrono::hours website_check_period_from_env();

}  // namespace nok::cli
