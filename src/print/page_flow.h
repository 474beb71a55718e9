#pragma once
// Text laid down A4 portrait pages, a new page whenever the next block does not fit: the
// council's protocol and the yearly report share it.
#include <cairo.h>

#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"
#include "print/canvas.h"
#include "print/text_block.h"

namespace nok::print {

inline constexpr PageSize kA4Portrait{210, 297};

// One cell of a table row: its text, its style and its width in millimetres.
struct RowCell {
  std::string_view text;
  const TextStyle* style = nullptr;
  double width_mm = 0;
};

// Invariant: everything drawn lies inside the page's margins. Long texts are cut at spaces
// into pieces that each fit a page, so a paragraph of any length runs on over pages.
class PageFlow {
 public:
  static constexpr double kMargin = 20;
  static constexpr double kWidth = kA4Portrait.width_mm - 2 * kMargin;

  // `next_page` finishes the page and starts the next (render_pdf_pages).
  PageFlow(cairo_t* cr, const std::function<void()>& next_page) : cr_(cr), next_page_(next_page) {}

  // A paragraph across the text's width, `space_before` millimetres below the last block.
  Result<Ok> add(std::string_view text, const TextStyle& style, double space_before = 2);
  // A table row: the cells side by side (their widths should add up to kWidth), each
  // wrapped in its width, a thin rule under the row. A row that does not fit the rest of
  // the page starts the next one; a row taller than a page fails (text_does_not_fit).
  Result<Ok> add_row(std::span<const RowCell> cells, double space_before = 0);

 private:
  cairo_t* cr_;
  const std::function<void()>& next_page_;
  double y_ = kMargin;
};

}  // namespace nok::print
