#pragma once
#include <cairo.h>

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "print/colour.h"

typedef struct _PangoLayout PangoLayout;

namespace nok::print {

// A paragraph of plain text (never markup: organisation names and edited poster text are
// user input). Level 1 is a bulleted item, level 2 an item nested under it.
struct Paragraph {
  std::string text;
  int level = 0;
};

enum class Align { left, centre, right };

struct TextStyle {
  const char* family = "PT Sans";
  bool bold = false;
  Rgb colour{0x1A1A1A};
  double max_pt = 14;  // the size used when everything fits
  double min_pt = 9;   // below this print stops being legible from its distance
  Align align = Align::left;
  // When even `min_pt` does not fit: cut the end with "…" (names, which we do not own)
  // instead of failing (poster text, which the person can shorten). One paragraph only.
  bool ellipsize = false;
  // Two columns, split between paragraphs where the columns come out most even: for a
  // poster whose QR code leaves a wide but low space.
  int columns = 1;
};

// Text laid out in a box at the largest size that fits. Invariant: every line lies
// inside the box it was fitted to — the reason for fitting rather than just drawing.
class TextBlock {
 public:
  double height_mm() const { return height_; }
  double width_mm() const { return width_; }  // of the widest line (all columns)
  double size_pt() const { return size_pt_; }
  // Draws with the top left corner of the box at (x, y).
  void draw(cairo_t* cr, double x, double y) const;

 private:
  friend Result<TextBlock> fit_text(cairo_t*, std::span<const Paragraph>, const TextStyle&, double, double);
  struct Line {
    std::shared_ptr<PangoLayout> layout;
    double x = 0, y = 0;
  };
  std::vector<Line> lines_;
  Rgb colour_;
  double height_ = 0, width_ = 0, size_pt_ = 0;
};

// Tries sizes from `style.max_pt` down to `style.min_pt` (quarter-point steps) and keeps
// the largest whose wrapped text fits `width_mm` × `max_height_mm`. Fails with
// "text_does_not_fit" when the smallest does not fit and `style.ellipsize` is off.
Result<TextBlock> fit_text(cairo_t* cr, std::span<const Paragraph> paragraphs, const TextStyle& style, double width_mm,
                           double max_height_mm);

// Splits text into paragraphs at line breaks: "- " starts a bulleted item, "  - " or
// "-- " a nested one; blank lines are dropped.
std::vector<Paragraph> paragraphs_from_text(std::string_view text);

}  // namespace nok::print
