#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nok::website {

// Where a link on a website or the text of a QR code found there leads, as far as the НОК
// block is concerned.
enum class TargetKind {
  elsewhere,      // anything else: another site, a javascript: or data: text, not a URL at all
  organisation,   // nok's page of an organisation: {public_url}/o/{code}[?p=…]
  other_address,  // an organisation page's path (/o/{code}) on another address than nok's
                  // public one — an old address of the service
  bus_gov,        // a page of bus.gov.ru, the federal site of the assessment
};

struct Target {
  TargetKind kind = TargetKind::elsewhere;
  std::string code;                      // organisation, other_address
  std::optional<std::int64_t> placement; // organisation: the `p` parameter, when valid
  std::string bus_gov_card;              // bus_gov: the id of a card, /info-card/{id}; empty for other pages
};

// `public_url` as print::parse_public_url leaves it ("https://nok.example.ru[/prefix]").
// Hosts compare case-insensitively; http and https lead to the same place.
Target classify(std::string_view text, std::string_view public_url);

}  // namespace nok::website
