#pragma once
#include <optional>
#include <string>
#include <string_view>

// Where an organisation's QR code leads a citizen: nok's page of the organisation or its
// card on bus.gov.ru (docs/printing.md, "Where the QR code leads"). The URL inside the code
// never changes: nok counts the scan, then sends the citizen on.
namespace nok {

enum class QrDestination {
  nok,      // the organisation's page on this site (the default)
  bus_gov,  // the organisation's card on bus.gov.ru
};

// "nok" | "bus_gov": the value stored and posted by forms.
std::string_view code(QrDestination destination);
std::optional<QrDestination> parse_qr_destination(std::string_view code);
// The Russian name shown to staff.
std::string_view title(QrDestination destination);

// A card id on bus.gov.ru: 1 to 12 decimal digits, the number in the card's address.
bool valid_bus_gov_card(std::string_view card);
// The card's address: https://bus.gov.ru/info-card/{card}.
std::string bus_gov_card_url(std::string_view card);

// Where a scan leads: the organisation's own choice, else its region's; bus.gov.ru only
// when the organisation's card id is known (without it, nok's page).
QrDestination effective_qr_destination(std::optional<QrDestination> own, QrDestination region,
                                       std::string_view bus_gov_card);

}  // namespace nok
