#include "print/logo.h"

#include <librsvg/rsvg.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "core/text.h"

namespace nok::print {
namespace {

constexpr std::string_view kPngSignature("\x89PNG\r\n\x1a\n", 8);

Error refused(std::string why) { return {"bad_logo", "логотип не принят: " + why}; }

std::uint32_t big_endian(std::string_view bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(bytes[at + i]);
  return v;
}

struct Reader {
  std::string_view rest;
};

cairo_status_t read_bytes(void* closure, unsigned char* data, unsigned int length) {
  auto& reader = *static_cast<Reader*>(closure);
  if (reader.rest.size() < length) return CAIRO_STATUS_READ_ERROR;
  std::copy_n(reader.rest.data(), length, data);
  reader.rest.remove_prefix(length);
  return CAIRO_STATUS_SUCCESS;
}

Result<std::shared_ptr<cairo_surface_t>> decode_png(std::string_view bytes) {
  if (bytes.size() > kMaxPngLogoBytes) return refused("файл PNG больше 2 МБ");
  // The first chunk must be IHDR (PNG spec), and libpng sizes its buffers from it.
  if (bytes.size() < 33 || big_endian(bytes, 8) != 13 || bytes.substr(12, 4) != "IHDR")
    return refused("файл PNG повреждён");
  const auto width = big_endian(bytes, 16), height = big_endian(bytes, 20);
  if (width == 0 || height == 0 || width > kMaxLogoPixels || height > kMaxLogoPixels)
    return refused("изображение " + std::to_string(width) + "×" + std::to_string(height) +
                   " точек; допустимо не больше 4096×4096");
  Reader reader{bytes};
  std::shared_ptr<cairo_surface_t> surface(cairo_image_surface_create_from_png_stream(read_bytes, &reader),
                                           cairo_surface_destroy);
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return refused("файл PNG повреждён");
  return surface;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// After `at` (just past "href" or "url("): optional '=', spaces and a quote, then the
// reference itself must start with '#' (a fragment of this file).
bool local_reference(std::string_view s, std::size_t at, bool attribute) {
  while (at < s.size() && space(s[at])) ++at;
  if (attribute) {
    if (at >= s.size() || s[at] != '=') return true;  // the word "href" in text, not an attribute
    ++at;
    while (at < s.size() && space(s[at])) ++at;
  }
  if (at < s.size() && (s[at] == '"' || s[at] == '\'')) ++at;
  return at < s.size() && s[at] == '#';
}

// The reason an SVG may not be rendered, or nothing when it is self-contained and inert.
std::optional<std::string> svg_hazard(std::string_view svg) {
  const std::string s = ascii_lower(svg);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> forbidden{{
      {"<!doctype", "объявление DOCTYPE (внешние сущности)"},
      {"<!entity", "объявление ENTITY"},
      {"<script", "сценарий (script)"},
      {"javascript:", "сценарий (javascript:)"},
      {"<foreignobject", "встроенный HTML (foreignObject)"},
      {"<iframe", "встроенная страница (iframe)"},
      {"<?xml-stylesheet", "внешняя таблица стилей"},
      {"@import", "внешняя таблица стилей (@import)"},
      {"<!attlist", "объявление ATTLIST"},
  }};
  for (const auto& [token, what] : forbidden)
    if (s.find(token) != std::string::npos) return std::string(what);
  for (auto at = s.find("href"); at != std::string::npos; at = s.find("href", at + 4))
    if (!local_reference(s, at + 4, true)) return "ссылка на внешний файл или данные (href)";
  for (auto at = s.find("url("); at != std::string::npos; at = s.find("url(", at + 4))
    if (!local_reference(s, at + 4, false)) return "ссылка на внешний файл или данные (url)";
  // Event handler attributes: onload=, onclick=, …
  for (auto at = s.find("on"); at != std::string::npos; at = s.find("on", at + 2)) {
    if (at == 0 || !(space(s[at - 1]) || s[at - 1] == '"' || s[at - 1] == '\'')) continue;
    auto end = at + 2;
    while (end < s.size() && s[end] >= 'a' && s[end] <= 'z') ++end;
    if (end == at + 2) continue;  // "on" alone is a word, not a handler name
    while (end < s.size() && space(s[end])) ++end;
    if (end < s.size() && s[end] == '=') return "обработчик событий (" + s.substr(at, 12) + "…)";
  }
  return std::nullopt;
}

Result<std::shared_ptr<RsvgHandle>> decode_svg(std::string_view bytes) {
  if (bytes.size() > kMaxSvgLogoBytes) return refused("файл SVG больше 512 КБ");
  if (!text::valid_utf8(bytes)) return refused("файл SVG не в кодировке UTF-8");
  if (auto hazard = svg_hazard(bytes)) return refused("SVG содержит " + *hazard);
  GError* error = nullptr;
  // No base file and default limits: librsvg fetches nothing and keeps libxml2's limits.
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(bytes.data()), bytes.size(), &error);
  if (!handle) {
    std::string why = error ? error->message : "";
    if (error) g_error_free(error);
    return refused("файл SVG повреждён" + (why.empty() ? "" : " (" + why + ")"));
  }
  return std::shared_ptr<RsvgHandle>(handle, g_object_unref);
}

}  // namespace

Result<Logo> Logo::from_bytes(std::string_view bytes) {
  Logo logo;
  if (bytes.starts_with(kPngSignature)) {
    auto png = decode_png(bytes);
    if (!png) return png.error();
    logo.png_ = std::move(*png);
    return logo;
  }
  const auto head = ascii_lower(bytes.substr(0, 1024));
  if (head.find("<svg") != std::string::npos) {
    auto svg = decode_svg(bytes);
    if (!svg) return svg.error();
    logo.svg_ = std::move(*svg);
    return logo;
  }
  if (bytes.empty()) return refused("файл пуст");
  return refused("нужен файл PNG или SVG");
}

void Logo::draw(cairo_t* cr, double x, double y, double width, double height) const {
  cairo_save(cr);
  if (svg_) {
    const RsvgRectangle viewport{x, y, width, height};
    rsvg_handle_render_document(svg_.get(), cr, &viewport, nullptr);
  } else if (png_) {
    const double w = cairo_image_surface_get_width(png_.get()), h = cairo_image_surface_get_height(png_.get());
    const double scale = std::min(width / w, height / h);
    cairo_translate(cr, x + (width - w * scale) / 2, y + (height - h * scale) / 2);
    cairo_scale(cr, scale, scale);
    cairo_set_source_surface(cr, png_.get(), 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
  }
  cairo_restore(cr);
}

}  // namespace nok::print
