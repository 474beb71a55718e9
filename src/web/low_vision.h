#pragma once
#include <string>
#include <string_view>

#include "http/message.h"

namespace nok::web {

// The version for the visually impaired (ГОСТ Р 52872-2019 practice) as a visitor set it.
// It lives in the `a11y` cookie, so it needs no JavaScript and holds on every page.
struct LowVision {
  enum class Scheme { black_on_white, white_on_black, blue_on_light_blue };
  bool on = false;
  int text_size = 2;  // 1…3: 150 %, 175 %, 200 % of the browser's own size
  Scheme scheme = Scheme::black_on_white;
  bool wide_spacing = false;  // letters and words set apart
  bool images = true;
};

inline constexpr std::string_view kLowVisionCookie = "a11y";
inline constexpr int kTextSizes = 3;

// Reads the cookie value: empty or "0" is off; "1" is on with the defaults (the switch
// before there were settings wrote it); else four characters — text size 1…3, scheme w
// (black on white), b (white on black) or l (blue on light blue), spacing n or w, images y
// or n: "3bwn". Anything else is off. Pure.
LowVision read_low_vision(std::string_view cookie);

// The cookie value for `settings`: "0" when off, else the four characters read_low_vision reads.
std::string low_vision_cookie(const LowVision& settings);

// `settings` after the choices in `request`'s query: off=1 turns the version off; on=1,
// size=1…3, scheme=white|black|blue (the background: black on white, white on black, dark
// blue on light blue), spacing=normal|wide and images=on|off turn it on and set what they
// name. An unknown value leaves its setting as it was.
LowVision with_choices(LowVision settings, const http::Request& request);

// The scheme's name in the switch's query and in body_classes: "white", "black" or "blue"
// (the background).
std::string_view scheme_name(LowVision::Scheme scheme);

// The classes of the page's <body> that site.css styles: empty when off, else like
// "a11y size-2 scheme-black spacing-wide no-images".
std::string body_classes(const LowVision& settings);

}  // namespace nok::web
