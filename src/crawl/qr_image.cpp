#include "crawl/qr_image.h"

#include <cairo.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <librsvg/rsvg.h>
#include <sodium.h>
#include <zbar.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <semaphore>

#include "core/text.h"

namespace nok::crawl {
namespace {

constexpr std::ptrdiff_t kDecodersAtOnce = 4;

// An 8-bit grey image, as zbar reads it (Y800).
struct Grey {
  int width = 0, height = 0;
  std::vector<unsigned char> pixels;
};

enum class Format { png, jpeg, gif, webp, svg, unknown };

Format sniff(std::string_view b) {
  if (b.starts_with("\x89PNG\r\n\x1a\n")) return Format::png;
  if (b.starts_with("\xff\xd8\xff")) return Format::jpeg;
  if (b.starts_with("GIF87a") || b.starts_with("GIF89a")) return Format::gif;
  if (b.size() >= 12 && b.starts_with("RIFF") && b.substr(8, 4) == "WEBP") return Format::webp;
  const auto head = text::fold(b.substr(0, 2048));
  if (head.find("<svg") != std::string::npos) return Format::svg;
  return Format::unknown;
}

unsigned byte_at(std::string_view b, std::size_t i) { return i < b.size() ? static_cast<unsigned char>(b[i]) : 0; }

// The dimensions a header declares, read before any decoder allocates for them (a 20000 ×
// 20000 PNG is 100 bytes on the wire and 1.6 GB in memory). JPEG has no fixed place for
// them; its loader stops at the size check in on_size_prepared.
std::optional<std::pair<std::uint64_t, std::uint64_t>> declared_size(Format format, std::string_view b) {
  switch (format) {
    case Format::png:  // IHDR: width and height, big-endian, at 16 and 20
      return std::pair<std::uint64_t, std::uint64_t>{
          (std::uint64_t{byte_at(b, 16)} << 24) | (byte_at(b, 17) << 16) | (byte_at(b, 18) << 8) | byte_at(b, 19),
          (std::uint64_t{byte_at(b, 20)} << 24) | (byte_at(b, 21) << 16) | (byte_at(b, 22) << 8) | byte_at(b, 23)};
    case Format::gif:  // the logical screen, little-endian, at 6 and 8
      return std::pair<std::uint64_t, std::uint64_t>{byte_at(b, 6) | (byte_at(b, 7) << 8),
                                                     byte_at(b, 8) | (byte_at(b, 9) << 8)};
    case Format::webp:
      if (b.substr(12, 4) == "VP8X")  // canvas size minus one, 24-bit little-endian, at 24 and 27
        return std::pair<std::uint64_t, std::uint64_t>{
            1 + (byte_at(b, 24) | (byte_at(b, 25) << 8) | (byte_at(b, 26) << 16)),
            1 + (byte_at(b, 27) | (byte_at(b, 28) << 8) | (byte_at(b, 29) << 16))};
      if (b.substr(12, 4) == "VP8 ")  // 14 bits each after the key frame's start code
        return std::pair<std::uint64_t, std::uint64_t>{(byte_at(b, 26) | (byte_at(b, 27) << 8)) & 0x3fff,
                                                       (byte_at(b, 28) | (byte_at(b, 29) << 8)) & 0x3fff};
      if (b.substr(12, 4) == "VP8L") {  // 14 bits each, minus one, after the signature byte
        const std::uint32_t bits = byte_at(b, 21) | (byte_at(b, 22) << 8) | (byte_at(b, 23) << 16) |
                                   (std::uint32_t{byte_at(b, 24)} << 24);
        return std::pair<std::uint64_t, std::uint64_t>{1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff)};
      }
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

struct SizeCheck {
  std::size_t max_pixels = 0;
  bool too_large = false;
};

void on_size_prepared(GdkPixbufLoader* loader, gint width, gint height, gpointer user) {
  auto* check = static_cast<SizeCheck*>(user);
  if (width > 0 && height > 0 && static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) <= check->max_pixels)
    return;
  check->too_large = true;
  gdk_pixbuf_loader_set_size(loader, 0, 0);  // the loaders stop before allocating
}

Grey grey_of(const GdkPixbuf* pixbuf) {
  Grey out;
  out.width = gdk_pixbuf_get_width(pixbuf);
  out.height = gdk_pixbuf_get_height(pixbuf);
  const int channels = gdk_pixbuf_get_n_channels(pixbuf);
  const bool alpha = gdk_pixbuf_get_has_alpha(pixbuf);
  const int stride = gdk_pixbuf_get_rowstride(pixbuf);
  const guchar* data = gdk_pixbuf_read_pixels(pixbuf);
  out.pixels.resize(static_cast<std::size_t>(out.width) * out.height);
  for (int y = 0; y < out.height; ++y)
    for (int x = 0; x < out.width; ++x) {
      const guchar* p = data + static_cast<std::size_t>(y) * stride + static_cast<std::size_t>(x) * channels;
      unsigned value = (p[0] * 77u + p[1] * 150u + p[2] * 29u) >> 8;
      if (alpha) value = (value * p[3] + 255u * (255u - p[3])) / 255u;  // over white, as a page shows it
      out.pixels[static_cast<std::size_t>(y) * out.width + x] = static_cast<unsigned char>(value);
    }
  return out;
}

std::optional<Grey> raster(std::string_view bytes, Format format, const ImageLimits& limits, ImageFault& fault) {
  if (const auto size = declared_size(format, bytes); size && size->first * size->second > limits.max_pixels) {
    fault = ImageFault::too_large;
    return std::nullopt;
  }
  const char* type = format == Format::png ? "png" : format == Format::jpeg ? "jpeg" : format == Format::gif ? "gif" : "webp";
  GError* error = nullptr;
  GdkPixbufLoader* loader = gdk_pixbuf_loader_new_with_type(type, &error);
  if (!loader) {  // no loader for this format here (WebP without its package)
    g_clear_error(&error);
    fault = ImageFault::unreadable;
    return std::nullopt;
  }
  std::unique_ptr<GdkPixbufLoader, decltype(&g_object_unref)> owned(loader, &g_object_unref);
  SizeCheck check{limits.max_pixels};
  g_signal_connect(loader, "size-prepared", G_CALLBACK(on_size_prepared), &check);
  const bool written = gdk_pixbuf_loader_write(loader, reinterpret_cast<const guchar*>(bytes.data()), bytes.size(), &error);
  g_clear_error(&error);
  const bool closed = gdk_pixbuf_loader_close(loader, &error);
  g_clear_error(&error);
  GdkPixbuf* pixbuf = gdk_pixbuf_loader_get_pixbuf(loader);  // owned by the loader
  if (check.too_large) {
    fault = ImageFault::too_large;
    return std::nullopt;
  }
  if (!written || !closed || !pixbuf) {
    fault = ImageFault::unreadable;
    return std::nullopt;
  }
  const int width = gdk_pixbuf_get_width(pixbuf), height = gdk_pixbuf_get_height(pixbuf);
  const int side = std::max(width, height);
  if (side <= limits.max_side) return grey_of(pixbuf);
  const double scale = static_cast<double>(limits.max_side) / side;
  std::unique_ptr<GdkPixbuf, decltype(&g_object_unref)> smaller(
      gdk_pixbuf_scale_simple(pixbuf, std::max(1, static_cast<int>(width * scale)),
                              std::max(1, static_cast<int>(height * scale)), GDK_INTERP_BILINEAR),
      &g_object_unref);
  if (!smaller) {
    fault = ImageFault::unreadable;
    return std::nullopt;
  }
  return grey_of(smaller.get());
}

// An SVG that embeds a raster image (or filters one in, or points anywhere outside itself)
// would have librsvg decode it with no size check: a few kilobytes of SVG can hold a picture
// of gigabytes. A QR code in SVG is paths, rectangles and references to its own parts
// (`<use href="#m">`), so any other file is not read at all.
bool embeds_images(std::string_view svg) {
  const auto folded = text::fold(svg);
  if (folded.find("<image") != std::string::npos || folded.find("feimage") != std::string::npos) return true;
  for (auto at = folded.find("href"); at != std::string::npos; at = folded.find("href", at + 4)) {
    auto value = folded.find_first_not_of(" \t\r\n=\"'", at + 4);
    if (value == std::string::npos || folded[value] != '#') return true;
  }
  return false;
}

std::optional<Grey> draw_svg(std::string_view bytes, const ImageLimits& limits, ImageFault& fault) {
  if (embeds_images(bytes)) {
    fault = ImageFault::too_large;
    return std::nullopt;
  }
  GError* error = nullptr;
  // From memory with no base file: librsvg loads no external file or entity, and runs no script.
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(bytes.data()), bytes.size(), &error);
  g_clear_error(&error);
  if (!handle) {
    fault = ImageFault::unreadable;
    return std::nullopt;
  }
  std::unique_ptr<RsvgHandle, decltype(&g_object_unref)> owned(handle, &g_object_unref);
  // Whatever size it declares, draw it 600 px on its longer side: enough pixels a module for
  // any QR code a page shows, and a bounded surface.
  gdouble width = 0, height = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) || width <= 0 || height <= 0)
    width = height = 600;
  const double side = std::min(600, limits.max_side);
  const double scale = side / std::max(width, height);
  const int w = std::clamp(static_cast<int>(std::lround(width * scale)), 1, limits.max_side);
  const int h = std::clamp(static_cast<int>(std::lround(height * scale)), 1, limits.max_side);
  if (static_cast<std::uint64_t>(w) * h > limits.max_pixels) {
    fault = ImageFault::too_large;
    return std::nullopt;
  }
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h), &cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), &cairo_destroy);
  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_paint(cr.get());
  const RsvgRectangle viewport{0, 0, static_cast<double>(w), static_cast<double>(h)};
  if (!rsvg_handle_render_document(handle, cr.get(), &viewport, &error)) {
    g_clear_error(&error);
    fault = ImageFault::unreadable;
    return std::nullopt;
  }
  cairo_surface_flush(surface.get());
  Grey out{w, h, std::vector<unsigned char>(static_cast<std::size_t>(w) * h)};
  const int stride = cairo_image_surface_get_stride(surface.get());
  const unsigned char* data = cairo_image_surface_get_data(surface.get());
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const auto pixel = *reinterpret_cast<const std::uint32_t*>(data + static_cast<std::size_t>(y) * stride + 4u * x);
      const unsigned r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;
      out.pixels[static_cast<std::size_t>(y) * w + x] = static_cast<unsigned char>((r * 77u + g * 150u + b * 29u) >> 8);
    }
  return out;
}

std::vector<std::string> scan(Grey& grey) {
  using namespace zbar;  // zbar.h declares its C interface in this namespace for C++
  std::vector<std::string> out;
  zbar_image_scanner_t* scanner = zbar_image_scanner_create();
  zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
  zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
  zbar_image_t* image = zbar_image_create();
  zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
  zbar_image_set_size(image, static_cast<unsigned>(grey.width), static_cast<unsigned>(grey.height));
  zbar_image_set_data(image, grey.pixels.data(), grey.pixels.size(), nullptr);
  if (zbar_scan_image(scanner, image) > 0)
    for (const zbar_symbol_t* s = zbar_image_first_symbol(image); s; s = zbar_symbol_next(s))
      out.emplace_back(zbar_symbol_get_data(s), zbar_symbol_get_data_length(s));
  zbar_image_destroy(image);
  zbar_image_scanner_destroy(scanner);
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

ImageCodes decode_qr_codes(std::string_view bytes, const ImageLimits& limits) {
  ImageCodes out;
  const Format format = sniff(bytes);
  if (format == Format::unknown) {
    out.fault = ImageFault::unreadable;
    return out;
  }
  // However many checker threads run, at most this many images are in memory as pixels.
  static std::counting_semaphore<> decoding(kDecodersAtOnce);
  decoding.acquire();
  const std::unique_ptr<std::counting_semaphore<>, void (*)(std::counting_semaphore<>*)> release(
      &decoding, [](std::counting_semaphore<>* s) { s->release(); });
  auto grey = format == Format::svg ? draw_svg(bytes, limits, out.fault) : raster(bytes, format, limits, out.fault);
  if (grey) out.texts = scan(*grey);
  return out;
}

std::string data_url_bytes(std::string_view url) {
  if (text::fold(url.substr(0, 5)) != "data:") return {};
  const auto comma = url.find(',');
  if (comma == std::string_view::npos) return {};
  const auto meta = text::fold(url.substr(5, comma - 5));
  const auto payload = url.substr(comma + 1);
  std::string out;
  if (meta.ends_with(";base64")) {
    out.resize(payload.size());
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), payload.data(), payload.size(),
                          " \t\r\n", &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
      return {};
    out.resize(length);
    return out;
  }
  for (std::size_t i = 0; i < payload.size(); ++i) {
    if (payload[i] == '%' && i + 2 < payload.size() && hex_value(payload[i + 1]) >= 0 && hex_value(payload[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(payload[i + 1]) * 16 + hex_value(payload[i + 2]));
      i += 2;
    } else {
      out += payload[i];
    }
  }
  return out;
}

}  // namespace nok::crawl
