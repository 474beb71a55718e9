#include "print/card.h"

#include "print/qr_render.h"

namespace nok::print {
namespace {

// Cards grow with their text, so the page size is measured on a scratch context first and
// the card laid out again on the real page (layout is deterministic: no hinting).
template <class Render>
Result<std::string> render_card(const Card& card, const QrCode& qr, double side_margin_mm, Render render) {
  auto measured = lay_out_card(measuring_context().get(), card, qr);
  if (!measured) return measured.error();
  const PageSize page{card.width_mm + 2 * side_margin_mm, measured->height_mm()};
  return render(page, [&](cairo_t* cr) -> Result<Ok> {
    auto layout = lay_out_card(cr, card, qr);
    if (!layout) return layout.error();
    layout->draw(cr, side_margin_mm, 0);
    return Ok{};
  });
}

}  // namespace

void CardLayout::draw(cairo_t* cr, double x, double y) const {
  for (const auto& t : texts_) t.block.draw(cr, x, y + t.y);
  draw_qr(cr, *qr_, x + qr_x_, y + qr_y_, qr_side_);
}

Result<CardLayout> lay_out_card(cairo_t* cr, const Card& card, const QrCode& qr) {
  const double outer = card.qr_side_mm + 2 * quiet_zone_mm(qr, card.qr_side_mm);
  if (outer > card.width_mm + 1e-6)
    return Error{"qr_does_not_fit", "QR-код " + std::to_string(static_cast<int>(card.qr_side_mm)) +
                                        " мм с полями не помещается в ширину " +
                                        std::to_string(static_cast<int>(card.width_mm)) + " мм"};
  CardLayout layout;
  double y = card.gap_mm;
  auto place = [&](const std::vector<CardText>& texts) -> Result<Ok> {
    for (const auto& t : texts) {
      const Paragraph paragraph[] = {{t.text}};
      auto block = fit_text(cr, paragraph, t.style, card.width_mm, t.max_height_mm);
      if (!block) return block.error();
      const double height = block->height_mm();
      layout.texts_.push_back({std::move(*block), y});
      y += height + card.gap_mm;
    }
    return Ok{};
  };
  if (auto placed = place(card.above); !placed) return placed.error();
  // The quiet zone is white space already: text may sit next to it, not inside it.
  layout.qr_ = &qr;
  layout.qr_side_ = card.qr_side_mm;
  layout.qr_x_ = (card.width_mm - outer) / 2;
  layout.qr_y_ = y - (card.above.empty() ? 0 : card.gap_mm);
  y = layout.qr_y_ + outer;
  if (auto placed = place(card.below); !placed) return placed.error();
  layout.height_ = y;
  return layout;
}

Result<std::string> card_pdf(const Card& card, const QrCode& qr, double side_margin_mm, std::string_view title) {
  return render_card(card, qr, side_margin_mm,
                     [&](PageSize page, const Drawing& draw) { return render_pdf(page, title, draw); });
}

Result<std::string> card_png(const Card& card, const QrCode& qr, double side_margin_mm, double dpi) {
  return render_card(card, qr, side_margin_mm,
                     [&](PageSize page, const Drawing& draw) { return render_png(page, dpi, draw); });
}

}  // namespace nok::print
