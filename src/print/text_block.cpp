#include "print/text_block.h"

#include <pango/pangocairo.h>

#include <cmath>

#include "core/text.h"
#include "print/units.h"

namespace nok::print {
namespace {

constexpr double kStepPt = 0.25;
constexpr double kParagraphGapEm = 0.35;
constexpr double kHangEm = 1.1;  // bullet width, and the indent of a nested item
constexpr double kColumnGapEm = 2;

using LayoutPtr = std::shared_ptr<PangoLayout>;

// Layouts measure the same on a PDF page, a PNG and a measuring context: no metric
// hinting, no rounding of glyph positions to device pixels.
LayoutPtr new_layout(cairo_t* cr) {
  PangoContext* context = pango_cairo_create_context(cr);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context, options);
  cairo_font_options_destroy(options);
  pango_context_set_round_glyph_positions(context, FALSE);
  LayoutPtr layout(pango_layout_new(context), g_object_unref);
  g_object_unref(context);
  return layout;
}

struct Measured {
  double width = 0, height = 0;
};

Measured measure(PangoLayout* layout) {
  int width = 0, height = 0;
  pango_layout_get_size(layout, &width, &height);
  return {static_cast<double>(width) / PANGO_SCALE, static_cast<double>(height) / PANGO_SCALE};
}

int pango_units(double mm) { return static_cast<int>(std::floor(mm * PANGO_SCALE)); }

// Sets size, width and hanging indent of one paragraph's layout for a font size.
void configure(PangoLayout* layout, PangoFontDescription* font, const Paragraph& p, double size_pt, double width) {
  const double em = points_to_mm(size_pt);
  pango_font_description_set_absolute_size(font, em * PANGO_SCALE);
  pango_layout_set_font_description(layout, font);
  const double offset = p.level >= 2 ? kHangEm * em : 0;
  pango_layout_set_width(layout, pango_units(width - offset));
  if (p.level > 0) {
    PangoTabArray* tabs = pango_tab_array_new_with_positions(1, FALSE, PANGO_TAB_LEFT, pango_units(kHangEm * em));
    pango_layout_set_tabs(layout, tabs);
    pango_tab_array_free(tabs);
    pango_layout_set_indent(layout, -pango_units(kHangEm * em));
  }
}

// «QR-» at a line end with «код!» on the next is a widow nobody reads as one word: after
// a hyphen that follows one to three letters, a WORD JOINER (U+2060, drawn as nothing)
// forbids the break. Longer compounds may still break at their hyphen.
std::string glue_short_hyphenations(const std::string& text) {
  std::string out;
  std::size_t letters = 0;
  for (const char byte : text) {
    const auto c = static_cast<unsigned char>(byte);
    out += byte;
    if (c == '-' && letters >= 1 && letters <= 3) out += "\u2060";
    if (c == ' ' || c == '-' || c == '\t') letters = 0;
    else if ((c & 0xC0) != 0x80) ++letters;  // count code points, not bytes
  }
  return out;
}

std::string with_bullet(const Paragraph& p) {
  const auto text = glue_short_hyphenations(p.text);
  if (p.level == 0) return text;
  return (p.level == 1 ? "•\t" : "–\t") + text;
}

}  // namespace

void TextBlock::draw(cairo_t* cr, double x, double y) const {
  cairo_save(cr);
  set_source(cr, colour_);
  for (const auto& line : lines_) {
    cairo_move_to(cr, x + line.x, y + line.y);
    pango_cairo_update_layout(cr, line.layout.get());
    pango_cairo_show_layout(cr, line.layout.get());
  }
  cairo_restore(cr);
}

Result<TextBlock> fit_text(cairo_t* cr, std::span<const Paragraph> paragraphs, const TextStyle& style, double width_mm,
                           double max_height_mm) {
  std::vector<LayoutPtr> layouts;
  for (const auto& p : paragraphs) {
    if (!text::valid_utf8(p.text)) return Error{"bad_text", "текст содержит повреждённые символы (не UTF-8)"};
    auto layout = new_layout(cr);
    const auto text = with_bullet(p);
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), style.align == Align::centre  ? PANGO_ALIGN_CENTER
                                              : style.align == Align::right ? PANGO_ALIGN_RIGHT
                                                                            : PANGO_ALIGN_LEFT);
    layouts.push_back(std::move(layout));
  }
  std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> font(pango_font_description_new(),
                                                                                     pango_font_description_free);
  pango_font_description_set_family(font.get(), style.family);
  pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);

  // Lays every paragraph out at `size` and reports whether the block fits the box.
  const int columns = std::max(1, style.columns);
  auto try_size = [&](double size, TextBlock& block) {
    const double em = points_to_mm(size), gap = kParagraphGapEm * em, column_gap = kColumnGapEm * em;
    const double column_width = (width_mm - (columns - 1) * column_gap) / columns;
    std::vector<double> heights, offsets;
    bool fits = true;
    double widest = 0;
    for (std::size_t i = 0; i < layouts.size(); ++i) {
      configure(layouts[i].get(), font.get(), paragraphs[i], size, column_width);
      const auto m = measure(layouts[i].get());
      offsets.push_back(paragraphs[i].level >= 2 ? kHangEm * em : 0);
      heights.push_back(m.height);
      widest = std::max(widest, offsets.back() + m.width);
    }
    fits = widest <= column_width + 1e-6;
    // Height of paragraphs [from, to) stacked in one column.
    auto stack = [&](std::size_t from, std::size_t to) {
      double h = 0;
      for (std::size_t i = from; i < to; ++i) h += heights[i] + (i > from ? gap : 0);
      return h;
    };
    // The second column starts at the paragraph that makes the two most even.
    std::size_t split = layouts.size();
    if (columns == 2)
      for (std::size_t i = 1; i < layouts.size(); ++i)
        if (std::max(stack(0, i), stack(i, layouts.size())) < std::max(stack(0, split), stack(split, layouts.size())))
          split = i;
    block.lines_.clear();
    double y = 0, x = 0;
    for (std::size_t i = 0; i < layouts.size(); ++i) {
      if (i == split) y = 0, x = column_width + column_gap;
      else if (i > 0) y += gap;
      block.lines_.push_back({layouts[i], x + offsets[i], y});
      y += heights[i];
    }
    block.height_ = std::max(stack(0, split), stack(split, layouts.size()));
    block.width_ = split < layouts.size() ? width_mm : widest;
    block.size_pt_ = size;
    return fits && block.height_ <= max_height_mm + 1e-6;
  };

  TextBlock block;
  block.colour_ = style.colour;
  // Height grows as the size grows, so a binary search over the quarter-point steps finds
  // the largest that fits with a handful of layouts instead of dozens.
  const int steps = static_cast<int>(std::floor((style.max_pt - style.min_pt) / kStepPt + 1e-9));
  int low = 0, high = steps;  // low: candidate index counted from min_pt upwards
  if (!try_size(style.min_pt, block)) {
    const Error too_long{
        "text_does_not_fit",
        "текст не помещается даже шрифтом " + std::to_string(static_cast<int>(style.min_pt)) + " пт: сократите его"};
    if (!style.ellipsize || layouts.size() != 1) return too_long;
    // A name: the smallest size, as many lines as the box holds, the last one ending in "…".
    pango_layout_set_ellipsize(layouts[0].get(), PANGO_ELLIPSIZE_END);
    pango_layout_set_height(layouts[0].get(), pango_units(max_height_mm));
    if (!try_size(style.min_pt, block)) return too_long;  // not even one line fits the box
    return block;
  }
  while (low < high) {
    const int mid = (low + high + 1) / 2;
    if (try_size(style.min_pt + mid * kStepPt, block)) low = mid;
    else high = mid - 1;
  }
  try_size(style.min_pt + low * kStepPt, block);
  return block;
}

std::vector<Paragraph> paragraphs_from_text(std::string_view text) {
  std::vector<Paragraph> out;
  while (!text.empty()) {
    const auto end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    const bool indented = line.starts_with("  ");
    std::string_view rest = text::trim(line);
    int level = 0;
    if (rest.starts_with("-- ")) level = 2, rest.remove_prefix(3);
    else if (rest.starts_with("- ")) level = indented ? 2 : 1, rest.remove_prefix(2);
    rest = text::trim(rest);
    if (!rest.empty()) out.push_back({std::string(rest), level});
  }
  return out;
}

}  // namespace nok::print
