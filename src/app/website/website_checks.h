#pragma once
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "app/website/site_check.h"
#include "core/result.h"
#include "store/stores.h"

namespace nok {

// Which organisations `nok check-websites` checks: one by code, or those of a region or an
// authority (by its name); all that have a website when nothing is set.
struct SiteSelection {
  std::string organisation_code;
  std::string region_code;
  std::string authority_name;
};

// The organisations selected that have a website in the registry, with their placements.
// Errors: organisation_unknown, authority_unknown, region_unknown, website_none (the one
// organisation asked for has no website).
Result<std::vector<SiteToCheck>> sites_to_check(const Stores& stores, const SiteSelection& selection);

// The same for the codes a scheduled round holds (codes no longer in the registry skipped).
std::vector<SiteToCheck> sites_by_code(const Stores& stores, const std::vector<std::string>& codes);

using SiteChecked = std::function<void(const SiteToCheck& site, const WebsiteCheck& check)>;

// Visits the sites, `concurrency` hosts at once and one request at a time per host, and
// records each check as it ends: the latest verdict, the history, and the confirmation of a
// «сайт» placement whose QR code was found working (audited as the checker's). `on_checked`
// is called after each record, one call at a time.
void check_websites(WebsiteCheckStore& checks, PlacementStore& placements, const std::vector<SiteToCheck>& sites,
                    const CheckSettings& settings, unsigned concurrency, const SiteChecked& on_checked = {});

// One round of `nok serve`'s schedule: takes up to `batch` sites whose last check is older
// than `period` (held against the other processes), and checks them `batch` hosts at once.
// Returns how many it checked.
int check_due_websites(const Stores& stores, const CheckSettings& settings, std::chrono::hours period, int batch);

// «Проверить сейчас» from an organisation's cabinet: checks its site at once, within 40 s,
// unless it was checked within `min_gap` or is being checked (error website_checked_recently,
// with the minutes to wait), across every process.
Result<WebsiteCheck> check_now(WebsiteCheckStore& checks, PlacementStore& placements, const SiteToCheck& site,
                               const CheckSettings& settings, std::chrono::minutes min_gap);

}  // namespace nok
