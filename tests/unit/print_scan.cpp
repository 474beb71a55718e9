#include "unit/print_scan.h"

#include <cairo.h>
#include <librsvg/rsvg.h>
#include <zbar.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "support/temp_dir.h"

namespace nok::test {
namespace {

std::string write_temp(const TempDir& dir, const std::string& name, const std::string& bytes) {
  const auto path = dir.file(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Gray from_surface(cairo_surface_t* surface) {
  cairo_surface_flush(surface);
  Gray g;
  g.width = cairo_image_surface_get_width(surface);
  g.height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  const auto format = cairo_image_surface_get_format(surface);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  g.pixels.resize(static_cast<std::size_t>(g.width) * g.height);
  for (int y = 0; y < g.height; ++y)
    for (int x = 0; x < g.width; ++x) {
      const auto pixel = *reinterpret_cast<const std::uint32_t*>(data + y * stride + 4 * x);
      const double alpha = format == CAIRO_FORMAT_ARGB32 ? (pixel >> 24) / 255.0 : 1.0;
      const double r = (pixel >> 16 & 0xFF), gr = (pixel >> 8 & 0xFF), b = (pixel & 0xFF);
      const double luma = 0.299 * r + 0.587 * gr + 0.114 * b;                                        // premultiplied
      g.pixels[y * g.width + x] = static_cast<std::uint8_t>(std::lround(luma + 255 * (1 - alpha)));  // over white
    }
  return g;
}

struct ReadState {
  const std::string* bytes;
  std::size_t at = 0;
};

cairo_status_t read_png(void* closure, unsigned char* data, unsigned int length) {
  auto& s = *static_cast<ReadState*>(closure);
  if (s.at + length > s.bytes->size()) return CAIRO_STATUS_READ_ERROR;
  std::copy_n(s.bytes->data() + s.at, length, data);
  s.at += length;
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

int run(const std::string& command, std::string& output) {
  output.clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) throw std::runtime_error("popen failed: " + command);
  std::array<char, 4096> buffer;
  while (auto n = std::fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
  return pclose(pipe);
}

Gray rasterise_pdf(const std::string& pdf, int dpi) {
  TempDir dir;
  const auto in = write_temp(dir, "in.pdf", pdf);
  std::string out;
  if (run("pdftoppm -r " + std::to_string(dpi) + " -gray -singlefile '" + in + "' '" + dir.file("page") + "'", out))
    throw std::runtime_error("pdftoppm: " + out);
  const auto pgm = read_all(dir.file("page.pgm"));
  // P5\n<width> <height>\n255\n<bytes>
  std::istringstream header(pgm);
  std::string magic;
  int max = 0;
  Gray g;
  header >> magic >> g.width >> g.height >> max;
  if (magic != "P5" || max != 255) throw std::runtime_error("unexpected PGM from pdftoppm");
  const auto offset = static_cast<std::size_t>(header.tellg()) + 1;
  g.pixels.assign(pgm.begin() + static_cast<std::ptrdiff_t>(offset), pgm.end());
  if (g.pixels.size() != static_cast<std::size_t>(g.width) * g.height) throw std::runtime_error("short PGM");
  return g;
}

Gray decode_png(const std::string& png) {
  ReadState state{&png};
  cairo_surface_t* surface = cairo_image_surface_create_from_png_stream(read_png, &state);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    throw std::runtime_error("not a PNG");
  }
  auto g = from_surface(surface);
  cairo_surface_destroy(surface);
  return g;
}

Gray rasterise_svg(const std::string& svg, int pixels) {
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  if (!handle) throw std::runtime_error(error ? error->message : "bad SVG");
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pixels, pixels);
  cairo_t* cr = cairo_create(surface);
  const RsvgRectangle viewport{0, 0, static_cast<double>(pixels), static_cast<double>(pixels)};
  rsvg_handle_render_document(handle, cr, &viewport, nullptr);
  cairo_destroy(cr);
  g_object_unref(handle);
  auto g = from_surface(surface);
  cairo_surface_destroy(surface);
  return g;
}

std::vector<Scanned> scan_qr(const Gray& image) {
  using namespace zbar;  // zbar.h declares its C API inside this namespace for C++
  zbar_image_scanner_t* scanner = zbar_image_scanner_create();
  zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
  zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
  zbar_image_t* z = zbar_image_create();
  zbar_image_set_format(z, zbar_fourcc('Y', '8', '0', '0'));
  zbar_image_set_size(z, image.width, image.height);
  zbar_image_set_data(z, image.pixels.data(), image.pixels.size(), nullptr);
  zbar_scan_image(scanner, z);
  std::vector<Scanned> found;
  for (auto* s = zbar_image_first_symbol(z); s; s = zbar_symbol_next(s)) {
    Scanned item{zbar_symbol_get_data(s)};
    const unsigned n = zbar_symbol_get_loc_size(s);
    item.left = item.top = 1e9;
    double perimeter = 0;
    for (unsigned i = 0; i < n; ++i) {
      const double x = zbar_symbol_get_loc_x(s, i), y = zbar_symbol_get_loc_y(s, i);
      const double nx = zbar_symbol_get_loc_x(s, (i + 1) % n), ny = zbar_symbol_get_loc_y(s, (i + 1) % n);
      perimeter += std::hypot(nx - x, ny - y);
      item.left = std::min(item.left, x), item.top = std::min(item.top, y);
      item.right = std::max(item.right, x), item.bottom = std::max(item.bottom, y);
    }
    item.side_px = n ? perimeter / n : 0;
    found.push_back(item);
  }
  zbar_image_destroy(z);
  zbar_image_scanner_destroy(scanner);
  return found;
}

std::vector<Scanned> scan_every_qr(Gray image) {
  std::vector<Scanned> all;
  for (auto found = scan_qr(image); !found.empty(); found = scan_qr(image))
    for (const auto& s : found) {
      all.push_back(s);
      const double pad = (s.right - s.left) * 0.3;
      for (int y = std::max(0, int(s.top - pad)); y < std::min(image.height, int(s.bottom + pad)); ++y)
        for (int x = std::max(0, int(s.left - pad)); x < std::min(image.width, int(s.right + pad)); ++x)
          image.pixels[y * image.width + x] = 255;
    }
  return all;
}

PdfPage pdf_words(const std::string& pdf) {
  TempDir dir;
  const auto in = write_temp(dir, "in.pdf", pdf);
  std::string out;
  if (run("pdftotext -bbox '" + in + "' '" + dir.file("words.html") + "'", out)) throw std::runtime_error(out);
  const auto html = read_all(dir.file("words.html"));
  PdfPage page;
  std::smatch m;
  if (std::regex_search(html, m, std::regex(R"re(<page width="([\d.]+)" height="([\d.]+)")re"))) {
    page.width_pt = std::stod(m[1]);
    page.height_pt = std::stod(m[2]);
  }
  const std::regex word(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), word); it != std::sregex_iterator(); ++it)
    page.words.push_back(
        {(*it)[5], std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4])});
  return page;
}

std::string pdf_text(const std::string& pdf) {
  std::string joined;
  for (const auto& w : pdf_words(pdf).words) joined += (joined.empty() ? "" : " ") + w.text;
  return joined;
}

std::string pdf_fonts(const std::string& pdf) {
  TempDir dir;
  std::string out;
  run("pdffonts '" + write_temp(dir, "in.pdf", pdf) + "'", out);
  return out;
}

std::string pdf_boxes(const std::string& pdf) {
  TempDir dir;
  std::string out;
  if (run("pdfinfo -box '" + write_temp(dir, "in.pdf", pdf) + "'", out)) throw std::runtime_error("pdfinfo: " + out);
  return out;
}

}  // namespace nok::test
