#include "print/canvas.h"

#include <cairo-pdf.h>

#include <cmath>

#include "print/units.h"

namespace nok::print {
namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void paint_white(cairo_t* cr) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_restore(cr);
}

Result<Ok> drawn_well(cairo_t* cr, Result<Ok> drawn) {
  if (!drawn) return drawn.error();
  if (cairo_status(cr) != CAIRO_STATUS_SUCCESS)
    return Error{"render_failed", std::string("ошибка отрисовки: ") + cairo_status_to_string(cairo_status(cr))};
  return Ok{};
}

Result<Ok> draw_page(cairo_surface_t* surface, double scale, const Drawing& draw) {
  CairoPtr cr(cairo_create(surface));
  cairo_scale(cr.get(), scale, scale);
  paint_white(cr.get());
  return drawn_well(cr.get(), draw(cr.get()));
}

SurfacePtr pdf_surface(std::string& out, PageSize page, std::string_view title) {
  SurfacePtr surface(
      cairo_pdf_surface_create_for_stream(append, &out, page.width_mm * kPointsPerMm, page.height_mm * kPointsPerMm));
  const std::string title_text(title);
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title_text.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "nok");
  return surface;
}

}  // namespace

Result<std::string> render_pdf(PageSize page, std::string_view title, const Drawing& draw) {
  return render_pdf_pages(page, title, [&](cairo_t* cr, const std::function<void()>&) { return draw(cr); });
}

Result<std::string> render_pdf_pages(PageSize page, std::string_view title, const PagedDrawing& draw) {
  std::string out;
  auto surface = pdf_surface(out, page, title);
  {
    CairoPtr cr(cairo_create(surface.get()));
    cairo_scale(cr.get(), kPointsPerMm, kPointsPerMm);
    paint_white(cr.get());
    auto drawn = drawn_well(cr.get(), draw(cr.get(), [&] {
      cairo_show_page(cr.get());
      paint_white(cr.get());
    }));
    if (!drawn) return drawn.error();
  }
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    return Error{"render_failed", "не удалось записать PDF"};
  return out;
}

Result<std::string> render_png(PageSize page, double dpi, const Drawing& draw) {
  const int width = static_cast<int>(std::ceil(mm_to_pixels(page.width_mm, dpi)));
  const int height = static_cast<int>(std::ceil(mm_to_pixels(page.height_mm, dpi)));
  return render_png_pixels(width, height, mm_to_pixels(1, dpi), draw);
}

Result<std::string> render_png_pixels(int width, int height, double px_per_mm, const Drawing& draw) {
  if (width <= 0 || height <= 0 || static_cast<double>(width) * height > kMaxRasterPixels)
    return Error{"raster_too_large", "изображение такого размера не строится: уменьшите разрешение"};
  SurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height));
  auto drawn = draw_page(surface.get(), px_per_mm, draw);
  if (!drawn) return drawn.error();
  std::string out;
  if (cairo_surface_write_to_png_stream(surface.get(), append, &out) != CAIRO_STATUS_SUCCESS)
    return Error{"render_failed", "не удалось записать PNG"};
  return out;
}

CairoPtr measuring_context() {
  static thread_local SurfacePtr scratch(cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1));
  CairoPtr cr(cairo_create(scratch.get()));
  cairo_scale(cr.get(), kPointsPerMm, kPointsPerMm);  // as on a PDF page, so text measures the same
  return cr;
}

}  // namespace nok::print
