#include "web/charts/svg.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/number_text.h"
#include "core/text.h"
#include "core/xml_text.h"

namespace nok::web::charts {

std::string NumberFormat::text(double value) const {
  return percent ? text::percent_text(value, decimals) : text::number_text(value, decimals);
}

std::string number(double value) {
  if (!std::isfinite(value)) value = 0;
  double rounded = std::round(value * 10) / 10;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buffer[32];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 1);
  std::string out(buffer, error == std::errc() ? end : buffer);
  if (out.ends_with(".0")) out.resize(out.size() - 2);
  return out;
}

std::string hex(unsigned colour) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%06x", colour & 0xFFFFFFu);
  return buffer;
}

std::string chart_id(const Caption& caption) {
  std::string id;
  for (char c : caption.id)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') id += c;
  return id.empty() ? "chart" : id;
}

std::string open_svg(const Caption& caption, std::string_view summary, double width, double height) {
  const auto id = chart_id(caption);
  std::string description = caption.description;
  if (!description.empty() && !summary.empty()) description += ' ';
  description += summary;
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + number(width) + ' ' + number(height) +
         "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" class=\"chart\"" +
         " font-family=\"'PT Sans', Arial, sans-serif\">" + "<title id=\"" + id + "-title\">" +
         text::xml_text(caption.title) + "</title><desc id=\"" + id + "-desc\">" + text::xml_text(description) +
         "</desc>";
}

std::string text_element(double x, double y, std::string_view text, const TextStyle& style) {
  static constexpr std::string_view kAnchors[] = {"start", "middle", "end"};
  std::string out = "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" font-size=\"" + number(style.size) + '"';
  if (style.anchor != Anchor::start)
    out += " text-anchor=\"" + std::string(kAnchors[static_cast<int>(style.anchor)]) + '"';
  if (style.bold) out += " font-weight=\"bold\"";
  out += " fill=\"" + hex(style.colour) + '"';
  if (style.halo != 0)
    out += " stroke=\"" + hex(style.halo) + "\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"";
  return out + '>' + text::xml_text(text) + "</text>";
}

double text_width(std::string_view text, double size) {
  return static_cast<double>(text::length(text)) * size * 0.55;
}

}  // namespace nok::web::charts
