#include "web/staff/popularisation_effect_text.h"

#include "core/number_text.h"

namespace nok::web {
namespace {

std::string figure(std::string_view label, std::int64_t value) {
  return std::string(label) + ": " + text::number_text(static_cast<double>(value));
}

}  // namespace

std::vector<std::string> effect_lines(const popularisation::MeasureEffect& e) {
  using popularisation::EffectSource;
  switch (e.source) {
    case EffectSource::placements:
      return {figure("Сканирований QR-кода", e.scans), figure("Анкет после сканирования", e.answers)};
    case EffectSource::invitations:
      return {figure("Приглашений отправлено", e.invitations_sent),
              figure("Ответили на приглашение", e.invitations_answered)};
    case EffectSource::kiosk:
      return {figure("Анкет через киоск", e.kiosk_answers)};
    case EffectSource::none:
      break;
  }
  return {std::string(popularisation::effect_title(EffectSource::none))};
}

}  // namespace nok::web
