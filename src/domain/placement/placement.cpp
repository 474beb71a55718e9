#include "domain/placement/placement.h"

namespace nok::placement {
namespace {

constexpr Place kPlaces[] = {
    {"entrance", "Входная группа", true, false},
    {"corridor", "Коридор", false, false},
    {"waiting_area", "Зона ожидания (отдыха)", false, false},
    {"reception", "Регистратура, приёмная, справочная", false, true},
    {"specialist_room", "Кабинет специалиста", false, true},
    {"stand", "Информационный стенд", false, true},
    {"toilets", "Санитарно-гигиеническое помещение", false, false},
    {"website", "Официальный сайт", false, false},
    {"terminal", "Терминал, экран", false, false},
    {"other", "Другое место", false, false},
};

constexpr Carrier kCarriers[] = {
    {"poster_a4", "Плакат А4"}, {"poster_a3", "Плакат А3"},     {"label", "Наклейка"},
    {"ticket", "Талон"},        {"screen", "Экран ожидания"}, {"website", "Блок на сайте"},
    {"leaflet", "Листовка А5"},
};

}  // namespace

std::span<const Place> places() { return kPlaces; }
std::span<const Carrier> carriers() { return kCarriers; }

std::optional<Place> find_place(std::string_view code) {
  for (const auto& p : kPlaces)
    if (p.code == code) return p;
  return std::nullopt;
}

std::optional<Carrier> find_carrier(std::string_view code) {
  for (const auto& c : kCarriers)
    if (c.code == code) return c;
  return std::nullopt;
}

RuleCheck check_rule(const std::vector<std::string>& place_codes) {
  RuleCheck check;
  for (const auto& code : place_codes) {
    if (auto place = find_place(code)) {
      check.entrance = check.entrance || place->entrance;
      check.contact_point = check.contact_point || place->contact_point;
    }
  }
  return check;
}

std::vector<std::string> RuleCheck::missing() const {
  std::vector<std::string> out;
  if (!entrance) out.push_back("нет QR-кода у входной группы");
  if (!contact_point) out.push_back("нет QR-кода в основном месте контакта с посетителями (регистратура, кабинет, стенд)");
  return out;
}

}  // namespace nok::placement
