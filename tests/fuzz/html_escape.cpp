// HTML escaping as pages get it (web/view: Mustache's {{value}}, escaped unless a template
// names raw output). Any text lands in the page only escaped: no raw <, >, " or ', every &
// starts an entity, valid UTF-8 stays valid, and a page rendered around the text equals the
// same page rendered around a marker with the marker replaced by the escaped text — the
// text changes nothing else (no template syntax inside it is ever interpreted).
#include <kainjow/mustache.hpp>
#include <string>

#include "core/text.h"
#include "fuzz/property.h"
#include "web/view.h"

using namespace nok;

namespace {

// The oracle: what HTML needs in text and in quoted attributes.
std::string escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

void check_escaper(const std::string& input) {
  const auto out = kainjow::mustache::html_escape(input);
  fuzz::require(out.find_first_of("<>\"'") == std::string::npos, "no raw <, >, \" or ' is left");
  for (std::size_t at = 0; (at = out.find('&', at)) != std::string::npos; ++at) {
    const auto rest = std::string_view(out).substr(at);
    fuzz::require(rest.starts_with("&amp;") || rest.starts_with("&lt;") || rest.starts_with("&gt;") ||
                      rest.starts_with("&quot;") || rest.starts_with("&apos;"),
                  "every & starts an entity");
  }
  if (text::valid_utf8(input)) fuzz::require(text::valid_utf8(out), "valid UTF-8 in, valid UTF-8 out");
  fuzz::require(out == escaped(input), "the escaper escapes exactly the five HTML characters");
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
    text.replace(at, from.size(), to);
  return text;
}

void check_page(const std::string& input) {
  static constexpr std::string_view kMarker = "FUZZ-MARKER-7f3a";
  const http::Request request;
  const auto page = web::message_page(404, input, input, request).body;
  const auto around_marker = web::message_page(404, std::string(kMarker), std::string(kMarker), request).body;
  fuzz::require(page == replace_all(around_marker, kMarker, escaped(input)),
                "a page changes only by the escaped text where the text goes");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(fuzz::text_of(data, size));
  check_escaper(input);
  check_page(input);
  return 0;
}
