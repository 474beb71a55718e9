#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok::website {

// The outcome of checking an organisation's website for the НОК block, from best to worst
// for a site that answered (docs/website-checks.md#verdicts).
enum class Verdict {
  ok,           // a QR code that leads to this organisation
  stale,        // a QR code or link of this organisation that no longer works as meant
  wrong_org,    // a QR code that leads to another organisation
  link_only,    // a link to this organisation's page or to bus.gov.ru, no QR code
                // (a QR code to another organisation's card on bus.gov.ru is wrong_org)
  missing,      // the pages read have none of these
  unreachable,  // the site could not be read (the reason says why)
};

std::string_view name(Verdict verdict);   // "ok", "wrong_org", …: exports and the API
std::string_view title(Verdict verdict);  // Russian, for pages
std::optional<Verdict> parse_verdict(std::string_view name);

// One thing found on a page: the text of a decoded QR code, or a link's address.
struct Finding {
  bool qr = false;
  std::string text;
  std::string page_url;   // the page it was found on
  std::string image_url;  // qr: the image (a page's inline SVG: the page's URL)
};

// What the judge knows of the organisation whose site it is.
struct SiteOwner {
  std::string code;
  std::string public_url;                     // nok's, as its QR codes carry it
  std::vector<std::int64_t> live_placements;  // its placements not removed
  std::string bus_gov_card;                   // its card id on bus.gov.ru; empty: not known
};

struct Judgement {
  Verdict verdict = Verdict::missing;
  std::optional<Finding> evidence;  // what decided it; none for missing
  std::string reason;               // Russian, one sentence
  // ok through a QR code of a registered placement: the placement it names.
  std::optional<std::int64_t> placement;
};

// The best verdict any finding earns.
Judgement judge(const SiteOwner& owner, const std::vector<Finding>& findings);

}  // namespace nok::website
