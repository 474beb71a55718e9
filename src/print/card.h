#pragma once
#include <cairo.h>

#include <string>
#include <vector>

#include "core/result.h"
#include "print/canvas.h"
#include "print/qr_code.h"
#include "print/text_block.h"

namespace nok::print {

// The layout the QR recommendations ask of every small carrier: text above the QR code,
// the QR code, text (the link) below it, centred in a column (docs/domain.md). Tickets,
// label cells and the website block are cards; only their widths, sizes and texts differ.
struct CardText {
  std::string text;
  TextStyle style;
  double max_height_mm = 20;
};

struct Card {
  double width_mm = 48;    // the printable column
  double qr_side_mm = 36;  // the symbol, without quiet zone
  double gap_mm = 2;       // between the parts, and above and below the card
  std::vector<CardText> above;
  std::vector<CardText> below;
};

// A card laid out for one QR code; its height follows from its texts.
class CardLayout {
 public:
  double height_mm() const { return height_; }
  void draw(cairo_t* cr, double x, double y) const;

 private:
  friend Result<CardLayout> lay_out_card(cairo_t*, const Card&, const QrCode&);
  struct Placed {
    TextBlock block;
    double y;
  };
  std::vector<Placed> texts_;
  const QrCode* qr_ = nullptr;
  double qr_x_ = 0, qr_y_ = 0, qr_side_ = 0, height_ = 0;
};

// Fails when the QR code with its quiet zone is wider than the column, or a text does not
// fit its height at its smallest size. `qr` must outlive the layout.
Result<CardLayout> lay_out_card(cairo_t* cr, const Card& card, const QrCode& qr);

// A page exactly the card's size (a ticket for a roll printer, the website block).
Result<std::string> card_pdf(const Card& card, const QrCode& qr, double side_margin_mm, std::string_view title);
Result<std::string> card_png(const Card& card, const QrCode& qr, double side_margin_mm, double dpi);

}  // namespace nok::print
