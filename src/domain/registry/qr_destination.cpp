#include "domain/registry/qr_destination.h"

namespace nok {

std::string_view code(QrDestination destination) {
  return destination == QrDestination::bus_gov ? "bus_gov" : "nok";
}

std::optional<QrDestination> parse_qr_destination(std::string_view code) {
  if (code == "nok") return QrDestination::nok;
  if (code == "bus_gov") return QrDestination::bus_gov;
  return std::nullopt;
}

std::string_view title(QrDestination destination) {
  return destination == QrDestination::bus_gov ? "карточка организации на bus.gov.ru"
                                               : "страница организации на этом сайте";
}

bool valid_bus_gov_card(std::string_view card) {
  if (card.empty() || card.size() > 12) return false;
  for (char c : card)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string bus_gov_card_url(std::string_view card) { return "https://bus.gov.ru/info-card/" + std::string(card); }

QrDestination effective_qr_destination(std::optional<QrDestination> own, QrDestination region,
                                       std::string_view bus_gov_card) {
  const auto wanted = own.value_or(region);
  return wanted == QrDestination::bus_gov && valid_bus_gov_card(bus_gov_card) ? QrDestination::bus_gov
                                                                               : QrDestination::nok;
}

}  // namespace nok
