#pragma once
#include <string>
#include <string_view>

namespace nok::text {

// `text` as character data or an attribute value of an XML document nok writes (an SVG chart,
// a Word document). The five markup characters are escaped by the escaper the page templates
// use; what XML 1.0 cannot hold at all is dropped — control characters other than tab, line
// feed and carriage return (C0, DEL, C1) and U+FFFE/U+FFFF — and a byte that does not start a
// valid UTF-8 sequence becomes U+FFFD. Word and LibreOffice refuse a whole file for one such
// character, so none may pass from a name someone typed into a report.
std::string xml_text(std::string_view text);

}  // namespace nok::text
