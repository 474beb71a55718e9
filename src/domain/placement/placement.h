#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Where an organisation has put its QR code (docs/domain.md#qr-recommendations): posters in
// common areas and at contact points, labels and tickets, idle screens, the website.
namespace nok::placement {

// A kind of place. The physical ones share their codes with data/scan_distances.csv, so
// a poster for a placement gets the QR size of its place.
struct Place {
  std::string_view code;
  std::string_view title;    // Russian, for forms and reports
  bool entrance = false;     // the entrance group (входная группа)
  bool contact_point = false;  // where people meet staff: reception, specialists' rooms, stands
};

// What carries the code.
struct Carrier {
  std::string_view code;
  std::string_view title;
};

std::span<const Place> places();
std::span<const Carrier> carriers();
std::optional<Place> find_place(std::string_view code);
std::optional<Carrier> find_carrier(std::string_view code);

// At least two placements, one at the entrance group and one at the main contact point
// (docs/domain.md#qr-recommendations; no place is both, so these two make the two). Removed
// placements do not count; unconfirmed ones do (confirmation is reported beside the rule).
struct RuleCheck {
  bool entrance = false;
  bool contact_point = false;
  bool satisfied() const { return entrance && contact_point; }
  // What is missing, in Russian, one item each; empty when satisfied.
  std::vector<std::string> missing() const;
};

RuleCheck check_rule(const std::vector<std::string>& place_codes);

}  // namespace nok::placement
