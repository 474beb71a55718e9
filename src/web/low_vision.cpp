#include "web/low_vision.h"

#include <array>

namespace nok::web {
namespace {

struct SchemeName {
  LowVision::Scheme scheme;
  char cookie;             // in the cookie value
  std::string_view query;  // in the switch's query: the background
};

constexpr std::array<SchemeName, 3> kSchemes{{{LowVision::Scheme::black_on_white, 'w', "white"},
                                               {LowVision::Scheme::white_on_black, 'b', "black"},
                                               {LowVision::Scheme::blue_on_light_blue, 'l', "blue"}}};

const SchemeName& name_of(LowVision::Scheme scheme) {
  for (const auto& s : kSchemes)
    if (s.scheme == scheme) return s;
  return kSchemes[0];
}

}  // namespace

LowVision read_low_vision(std::string_view cookie) {
  LowVision out;
  if (cookie == "1") out.on = true;
  if (cookie.size() != 4 || cookie[0] < '1' || cookie[0] > '0' + kTextSizes) return out;
  const SchemeName* scheme = nullptr;
  for (const auto& s : kSchemes)
    if (s.cookie == cookie[1]) scheme = &s;
  if (!scheme || (cookie[2] != 'n' && cookie[2] != 'w') || (cookie[3] != 'y' && cookie[3] != 'n')) return out;
  return {true, cookie[0] - '0', scheme->scheme, cookie[2] == 'w', cookie[3] == 'y'};
}

std::string low_vision_cookie(const LowVision& settings) {
  if (!settings.on) return "0";
  return {static_cast<char>('0' + settings.text_size), name_of(settings.scheme).cookie,
          settings.wide_spacing ? 'w' : 'n', settings.images ? 'y' : 'n'};
}

LowVision with_choices(LowVision settings, const http::Request& request) {
  if (request.query_value("off") == "1") {
    settings.on = false;
    return settings;
  }
  bool chosen = request.query_value("on") == "1";
  const auto size = request.query_value("size");
  if (size.size() == 1 && size[0] >= '1' && size[0] <= '0' + kTextSizes) {
    settings.text_size = size[0] - '0';
    chosen = true;
  }
  for (const auto& s : kSchemes)
    if (request.query_value("scheme") == s.query) {
      settings.scheme = s.scheme;
      chosen = true;
    }
  if (const auto spacing = request.query_value("spacing"); spacing == "normal" || spacing == "wide") {
    settings.wide_spacing = spacing == "wide";
    chosen = true;
  }
  if (const auto images = request.query_value("images"); images == "on" || images == "off") {
    settings.images = images == "on";
    chosen = true;
  }
  settings.on = settings.on || chosen;
  return settings;
}

std::string_view scheme_name(LowVision::Scheme scheme) { return name_of(scheme).query; }

std::string body_classes(const LowVision& settings) {
  if (!settings.on) return "";
  std::string out =
      "a11y size-" + std::to_string(settings.text_size) + " scheme-" + std::string(scheme_name(settings.scheme));
  if (settings.wide_spacing) out += " spacing-wide";
  if (!settings.images) out += " no-images";
  return out;
}

}  // namespace nok::web
