#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok {

// One check of an organisation's website for the НОК block (docs/website-checks.md).
// Times are ISO 8601 UTC text, given by the caller.
struct WebsiteCheck {
  std::int64_t id = 0;  // set by record()
  std::int64_t organisation_id = 0;
  std::string website;  // the address checked, as the registry had it
  std::string verdict;  // website::name(Verdict)
  std::string reason;   // Russian, one sentence
  std::string page_url, image_url, decoded;  // the evidence; empty when none
  std::string checked_at;
};

// An organisation in an authority's coverage table, with its last check (none yet: no id).
struct WebsiteCoverageRow {
  std::string code, short_name, region_code, municipality, sphere, authority;
  std::string website;  // empty: the registry has none
  WebsiteCheck last;
};

class WebsiteCheckStore {
 public:
  virtual ~WebsiteCheckStore() = default;

  // Appends `check` to the organisation's history, makes it the latest and releases the
  // organisation's hold. Returns it with its id.
  virtual WebsiteCheck record(WebsiteCheck check) = 0;

  // An organisation's checks, newest first, at most `limit` (the first is its latest).
  virtual std::vector<WebsiteCheck> history(std::int64_t organisation_id, int limit) = 0;

  // The scheduled round: takes up to `limit` organisations that have a website, were last
  // checked before `checked_before` (or never) and are not held at `now`, never checked
  // first, and holds them until `lease_until`; returns their codes. However many processes
  // ask at once, each organisation is held by one of them.
  virtual std::vector<std::string> claim_due(const std::string& checked_before, const std::string& now,
                                              const std::string& lease_until, int limit) = 0;
  // «Проверить сейчас»: holds one organisation until `lease_until` unless it was checked
  // at or after `checked_after` or is held at `now` — false then, and nothing changes. The
  // limit on how often a site is checked holds across processes.
  virtual bool claim_now(std::int64_t organisation_id, const std::string& checked_after, const std::string& now,
                         const std::string& lease_until) = 0;

  // The organisations of an authority (0: every authority) in a region (empty: every
  // region), by region, municipality and name, each with its last check.
  virtual std::vector<WebsiteCoverageRow> coverage(std::int64_t authority_id, std::string_view region_code) = 0;
};

}  // namespace nok
