// The version for the visually impaired: the switch (/a11y), which sets the cookie and sends
// the visitor back, and its settings page (/a11y/settings), a plain form that needs no
// JavaScript. The choices are display preferences only, so a link may set them (GET).
#include <array>
#include <kainjow/mustache.hpp>

#include "web/local_path.h"
#include "web/low_vision.h"
#include "web/pages/pages.h"
#include "web/session.h"
#include "web/view.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr long kYear = 365L * 24 * 3600;

struct Choice {
  std::string_view value, label;
};

constexpr std::array<Choice, kTextSizes> kSizes{{{"1", "Крупный"}, {"2", "Очень крупный"}, {"3", "Самый крупный"}}};
const std::array<Choice, 3> kSchemes{
    {{scheme_name(LowVision::Scheme::black_on_white), "Чёрный текст на белом фоне"},
     {scheme_name(LowVision::Scheme::white_on_black), "Белый текст на чёрном фоне"},
     {scheme_name(LowVision::Scheme::blue_on_light_blue), "Тёмно-синий текст на голубом фоне"}}};
constexpr std::array<Choice, 2> kSpacings{{{"normal", "Обычное"}, {"wide", "Увеличенное"}}};
constexpr std::array<Choice, 2> kImages{{{"on", "Показывать"}, {"off", "Не показывать"}}};

// One radio group of the settings form: the choices, the current one checked; the first
// carries the group's name as its id.
template <std::size_t N>
Data group(std::string_view legend, const std::array<Choice, N>& all, std::string_view name, std::string_view current) {
  list choices;
  for (const auto& c : all) {
    const bool first = c.value == all.front().value;
    choices.push_back(object{{"name", std::string(name)},
                             {"id", std::string(name) + (first ? "" : "-" + std::string(c.value))},
                             {"value", std::string(c.value)},
                             {"label", std::string(c.label)},
                             {"checked", c.value == current}});
  }
  return object{{"legend", std::string(legend)}, {"choices", choices}};
}

http::Response settings(const http::Request& request) {
  const auto current = read_low_vision(request.cookie(kLowVisionCookie));
  const auto back = local_return_path(request.query_value("back"));
  Data data;
  data.set("back", back);
  data.set("back_query", http::percent_encode(back));
  data.set("on", current.on);
  data.set("groups",
           list{group("Размер шрифта", kSizes, "size", std::to_string(current.text_size)),
                group("Цвета", kSchemes, "scheme", scheme_name(current.scheme)),
                group("Расстояние между буквами", kSpacings, "spacing", current.wide_spacing ? "wide" : "normal"),
                group("Изображения", kImages, "images", current.images ? "on" : "off")});
  return page(200, "low_vision", "Настройки версии для слабовидящих", data, request);
}

}  // namespace

void add_low_vision_pages(http::Router& router, const SiteContext& site) {
  router.get("/a11y", [&site](const http::Request& request) {
    const auto settings = with_choices(read_low_vision(request.cookie(kLowVisionCookie)), request);
    auto response = http::Response::redirect(local_return_path(request.query_value("back")));
    response.headers.emplace_back("Set-Cookie", cookie(site, kLowVisionCookie, low_vision_cookie(settings), kYear));
    return response;
  });
  router.get("/a11y/settings", [](const http::Request& request) { return settings(request); });
}

}  // namespace nok::web
