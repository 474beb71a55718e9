#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace nok::survey {

// How a response was collected: by the citizen on the site, in the app or at a kiosk, or
// by the operator on paper, in an interview or by phone.
enum class Channel : std::uint8_t { web, app, kiosk, operator_paper, operator_interview, operator_phone };

std::string_view code(Channel c);
std::optional<Channel> parse_channel(std::string_view code);
// Russian name for pages and reports: «Сайт», «Приложение», «Киоск», «Бумажная анкета», …
std::string_view title(Channel c);
std::span<const Channel> all_channels();

// The site and the citizen app: at least a fifth of the sample must come through them.
constexpr bool site_or_app(Channel c) { return c == Channel::web || c == Channel::app; }

}  // namespace nok::survey
