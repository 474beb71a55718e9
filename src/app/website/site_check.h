#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/website/robots.h"
#include "net/page_fetch.h"
#include "store/placement_store.h"
#include "store/website_check_store.h"

namespace nok {

// An organisation whose website is to be checked.
struct SiteToCheck {
  std::int64_t organisation_id = 0;
  std::string code;
  std::string website;               // as the registry has it: "school5.ru", "https://…"
  std::vector<Placement> placements;  // its placements not removed
  std::string bus_gov_card;           // its card id on bus.gov.ru; empty: not known
};

// How the checker visits sites (docs/website-checks.md#politeness).
struct CheckSettings {
  net::FetchPolicy fetch;
  std::string public_url;  // nok's, as its QR codes carry it
  std::chrono::milliseconds page_delay{1000};  // between two pages of one host (robots.txt may ask more)
  std::size_t block_pages = 3;    // pages followed from the main page, one level deep
  std::size_t images = 40;        // images fetched and decoded per site
  std::size_t image_bytes = 2u << 20;
  std::chrono::milliseconds site_time{60000};  // for a whole visit; what is found by then counts
  const std::atomic<bool>* stop = nullptr;     // set: visits end at their next request
};

// What the checker remembers of one host while it visits that host's sites: the robots.txt of
// each origin (scheme, host and port) met on the way, and when it last asked the host for a
// page. One visit at a time uses it.
struct HostVisit {
  std::map<std::string, website::RobotsRules> robots;  // by origin
  std::chrono::steady_clock::time_point last_page{};
};

// The result of one visit, not yet recorded.
struct SiteVisit {
  WebsiteCheck check;
  // The checker stopped during the visit (`CheckSettings::stop`): what it found is partial and
  // must not be recorded as the site's verdict.
  bool abandoned = false;
  // An unconfirmed «сайт» placement whose QR code the visit found working: confirm it.
  std::optional<std::int64_t> confirms_placement;
};

// Visits the site: robots.txt (once per origin, for every page and each redirect), the main
// page, then up to `block_pages` pages of the block on the same host, reading links and
// decoding images until a QR code of this organisation is found. Never throws for what a site
// does; the verdict says it. The evidence is made printable (text::printable) before anyone
// stores or shows it.
SiteVisit visit_site(const SiteToCheck& site, const CheckSettings& settings, net::PageFetcher& fetcher, HostVisit& host);

// The address to fetch for what the registry holds: a scheme added when there is none
// (https), white space trimmed; empty when it is not a web address.
std::string site_url(std::string_view website);

// The lower-cased host of a URL: the key that keeps one request at a time per host.
std::string host_key(std::string_view url);

}  // namespace nok
