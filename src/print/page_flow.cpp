#include "print/page_flow.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace nok::print {
namespace {

constexpr double kBottom = kA4Portrait.height_mm - PageFlow::kMargin;
// A paragraph longer than this is cut at a space into pieces, so that each fits a page.
constexpr std::size_t kPieceBytes = 1500;
constexpr double kCellPadding = 1.5;  // mm on each side of a cell's text
constexpr double kRule = 0.2;         // mm: the line under a table row

std::vector<std::string_view> pieces(std::string_view text) {
  std::vector<std::string_view> out;
  while (text.size() > kPieceBytes) {
    auto cut = text.rfind(' ', kPieceBytes);
    if (cut == std::string_view::npos || cut == 0) cut = kPieceBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    out.push_back(text.substr(0, cut));
    text.remove_prefix(cut);
  }
  out.push_back(text);
  return out;
}

}  // namespace

Result<Ok> PageFlow::add(std::string_view text, const TextStyle& style, double space_before) {
  for (auto piece : pieces(text)) {
    const Paragraph paragraph[] = {{std::string(piece)}};
    y_ += space_before;
    auto block = fit_text(cr_, paragraph, style, kWidth, kBottom - y_);
    if (!block) {
      next_page_();
      y_ = kMargin;
      block = fit_text(cr_, paragraph, style, kWidth, kBottom - y_);
      if (!block) return block.error();
    }
    block->draw(cr_, kMargin, y_);
    y_ += block->height_mm();
    space_before = 0;
  }
  return Ok{};
}

Result<Ok> PageFlow::add_row(std::span<const RowCell> cells, double space_before) {
  y_ += space_before;
  // Every cell fitted into the rest of the page, or nullopt with the first failure.
  auto fit_all = [&](double height, Error& failure) -> std::optional<std::vector<TextBlock>> {
    std::vector<TextBlock> blocks;
    for (const auto& cell : cells) {
      const Paragraph paragraph[] = {{std::string(cell.text)}};
      auto block = fit_text(cr_, paragraph, *cell.style, cell.width_mm - 2 * kCellPadding, height - 2 * kCellPadding);
      if (!block) {
        failure = block.error();
        return std::nullopt;
      }
      blocks.push_back(std::move(*block));
    }
    return blocks;
  };
  Error failure;
  auto blocks = fit_all(kBottom - y_, failure);
  if (!blocks) {
    next_page_();
    y_ = kMargin;
    blocks = fit_all(kBottom - y_, failure);
    if (!blocks) return failure;
  }
  double x = kMargin, height = 0;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    (*blocks)[i].draw(cr_, x + kCellPadding, y_ + kCellPadding);
    x += cells[i].width_mm;
    height = std::max(height, (*blocks)[i].height_mm());
  }
  y_ += height + 2 * kCellPadding;
  cairo_save(cr_);
  cairo_set_source_rgb(cr_, 0.6, 0.6, 0.6);
  cairo_set_line_width(cr_, kRule);
  cairo_move_to(cr_, kMargin, y_);
  cairo_line_to(cr_, kMargin + kWidth, y_);
  cairo_stroke(cr_);
  cairo_restore(cr_);
  return Ok{};
}

}  // namespace nok::print
