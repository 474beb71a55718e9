#pragma once
// What every chart must be, checked on its SVG parsed back (package_reader.h).
#include <string>

namespace nok::test {

// Well-formed SVG that scales by its viewBox (no fixed width or height), one image for
// assistive technology (role="img") named by its <title> (`title`) and described by its
// <desc>, both reached through aria-labelledby; no style attribute or element (the Content
// Security Policy forbids inline styles) and no script. Reports failures through gtest.
void expect_accessible_chart(const std::string& svg, const std::string& title);

// The text of every <text> element, in document order, joined by '|'.
std::string chart_texts(const std::string& svg);

}  // namespace nok::test
