#pragma once
#include <cairo.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace nok::print {

struct CairoDeleter {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
using CairoPtr = std::unique_ptr<cairo_t, CairoDeleter>;
using SurfacePtr = std::unique_ptr<cairo_surface_t, CairoDeleter>;

struct PageSize {
  double width_mm = 0;
  double height_mm = 0;
};

// Draws one page on a context whose user unit is the millimetre, origin top left, white
// paper already laid. Returns an Error to abandon the page (text that cannot fit).
using Drawing = std::function<Result<Ok>(cairo_t* cr)>;

// A one-page PDF, vector throughout, fonts embedded as subsets; `title` goes into the
// document information so a print queue shows something readable.
Result<std::string> render_pdf(PageSize page, std::string_view title, const Drawing& draw);

// A PDF of as many pages as the drawing needs: it starts on the first page and calls
// `next_page` to finish one and begin the next (protocols, reports).
using PagedDrawing = std::function<Result<Ok>(cairo_t* cr, const std::function<void()>& next_page)>;
Result<std::string> render_pdf_pages(PageSize page, std::string_view title, const PagedDrawing& draw);

// The same page as an RGB PNG at `dpi` (previews, the website block).
Result<std::string> render_png(PageSize page, double dpi, const Drawing& draw);

// An RGB PNG of exactly `width_px` × `height_px`, `px_per_mm` pixels to the drawing's
// millimetre: images sized in pixels (web banners), whose size must not drift by rounding.
Result<std::string> render_png_pixels(int width_px, int height_px, double px_per_mm, const Drawing& draw);

// A context for measuring text before the page size is known (thermal tickets grow with
// their text). Nothing drawn on it is kept.
CairoPtr measuring_context();

// Largest raster we render (pixels): an A3 page at 200 dpi is 7.7 million.
inline constexpr double kMaxRasterPixels = 40e6;

}  // namespace nok::print
