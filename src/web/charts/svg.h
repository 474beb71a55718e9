#pragma once
// The pieces every chart is drawn with: its caption for assistive technology, numbers as
// people read them, and SVG elements whose text always goes through text::xml_text.
#include <string>
#include <string_view>

namespace nok::web::charts {

// What a chart says to someone who does not see it. The chart is one image (role="img")
// named by `title` and described by `description` plus the summary each chart adds of its
// own numbers; the page shows the same numbers in a table beside it.
struct Caption {
  // Unique on the page: the ids of the title, the description and the fill patterns start
  // with it. Letters, digits and '-' are kept, anything else dropped ("" → "chart").
  std::string id;
  std::string title;        // the chart's name, read first: "Участие по каналам, 2026 год"
  std::string description;  // what it shows, in a sentence; may be empty
};

// How a chart writes its values: Russian digits (text::number_text) with `decimals`
// places, and " %" when the values are percentages (87.5, not 0.875).
struct NumberFormat {
  int decimals = 0;
  bool percent = false;
  std::string text(double value) const;
};

// A coordinate or length in SVG user units: "12.5" — a point and at most one decimal,
// whatever the process's locale.
std::string number(double value);

// "#0b4f9c" for 0x0B4F9C.
std::string hex(unsigned colour);

// The opening of an accessible chart: <svg> sized by its viewBox (width × height user
// units) so it scales to its container on a phone and on paper, role="img" with
// aria-labelledby naming the <title> and the <desc> (`caption.description`, then
// `summary`). Presentation attributes only, no style attributes: the site's Content
// Security Policy allows no inline styles.
std::string open_svg(const Caption& caption, std::string_view summary, double width, double height);
inline constexpr std::string_view kCloseSvg = "</svg>";

// The id prefix `caption.id` becomes (see Caption::id).
std::string chart_id(const Caption& caption);

enum class Anchor { start, middle, end };

struct TextStyle {
  double size = 13;
  Anchor anchor = Anchor::start;
  bool bold = false;
  unsigned colour = 0x1A1A1A;
  // A stroke of this colour drawn under the letters (paint-order="stroke") keeps text legible
  // across a pattern; 0 for none. Used with the fill it stands on.
  unsigned halo = 0;
};

// A <text> element at (x, y) — y is the baseline — holding `text`, escaped.
std::string text_element(double x, double y, std::string_view text, const TextStyle& style);

// About how wide `text` is in PT Sans at `size` (an average glyph is ~0.55 em): enough to
// decide whether a label fits inside a bar or must go beside it.
double text_width(std::string_view text, double size);

}  // namespace nok::web::charts
