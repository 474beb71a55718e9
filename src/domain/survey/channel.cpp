#include "domain/survey/channel.h"

#include <array>

namespace nok::survey {
namespace {

constexpr std::array<Channel, 6> kAll{Channel::web,           Channel::app,
                                      Channel::kiosk,         Channel::operator_paper,
                                      Channel::operator_interview, Channel::operator_phone};
constexpr std::array<std::string_view, 6> kCodes{"web", "app", "kiosk", "operator_paper", "operator_interview",
                                                 "operator_phone"};
constexpr std::array<std::string_view, 6> kTitles{"Сайт",           "Приложение", "Киоск",
                                                  "Бумажная анкета", "Интервью",   "Телефон"};

}  // namespace

std::string_view code(Channel c) { return kCodes[static_cast<std::size_t>(c)]; }

std::string_view title(Channel c) { return kTitles[static_cast<std::size_t>(c)]; }

std::optional<Channel> parse_channel(std::string_view code) {
  for (std::size_t i = 0; i < kCodes.size(); ++i)
    if (kCodes[i] == code) return kAll[i];
  return std::nullopt;
}

std::span<const Channel> all_channels() { return kAll; }

}  // namespace nok::survey
