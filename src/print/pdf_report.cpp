#include "print/pdf_report.h"

#include <algorithm>
#include <numeric>

#include "print/page_flow.h"

namespace nok::print {
namespace {

const TextStyle kHeadings[] = {
    {.family = "PT Sans", .bold = true, .max_pt = 14, .min_pt = 14, .align = Align::centre},
    {.family = "PT Sans", .bold = true, .max_pt = 12, .min_pt = 12},
    {.family = "PT Sans", .bold = true, .max_pt = 11, .min_pt = 11},
};
const TextStyle kBody{.family = "PT Serif", .max_pt = 11, .min_pt = 11};
const TextStyle kCell{.family = "PT Serif", .max_pt = 10, .min_pt = 10};
const TextStyle kNumber{.family = "PT Serif", .max_pt = 10, .min_pt = 10, .align = Align::right};
const TextStyle kHeaderCell{.family = "PT Sans", .bold = true, .max_pt = 10, .min_pt = 10};
const TextStyle kHeaderNumber{.family = "PT Sans", .bold = true, .max_pt = 10, .min_pt = 10, .align = Align::right};

// Column widths in millimetres from the relative widths (equal when they do not match).
std::vector<double> widths_of(const DocxTable& table) {
  const std::size_t n = table.header.size();
  std::vector<double> relative(n, 1);
  if (table.widths.size() == n && std::all_of(table.widths.begin(), table.widths.end(), [](int w) { return w > 0; }))
    relative.assign(table.widths.begin(), table.widths.end());
  const double total = std::accumulate(relative.begin(), relative.end(), 0.0);
  for (auto& w : relative) w = w / total * PageFlow::kWidth;
  return relative;
}

Result<Ok> draw_table(PageFlow& flow, const DocxTable& table) {
  const auto widths = widths_of(table);
  auto numeric = [&](std::size_t i) { return i < table.numeric.size() && table.numeric[i]; };
  auto row = [&](const std::vector<std::string>& texts, bool header, double space_before) {
    std::vector<RowCell> cells;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      const TextStyle* style = header ? (numeric(i) ? &kHeaderNumber : &kHeaderCell) : (numeric(i) ? &kNumber : &kCell);
      cells.push_back({i < texts.size() ? std::string_view(texts[i]) : std::string_view(), style, widths[i]});
    }
    return flow.add_row(cells, space_before);
  };
  if (auto added = row(table.header, true, 3); !added) return added;
  for (const auto& r : table.rows)
    if (auto added = row(r, false, 0); !added) return added;
  return Ok{};
}

}  // namespace

void PdfReport::heading(int level, std::string_view text) { blocks_.push_back(Heading{std::clamp(level, 1, 3), std::string(text)}); }

void PdfReport::paragraph(std::string_view text) { blocks_.push_back(Text{std::string(text)}); }

void PdfReport::table(const DocxTable& table) {
  if (!table.header.empty()) blocks_.push_back(table);
}

Result<std::string> PdfReport::render() const {
  return render_pdf_pages(kA4Portrait, title_, [&](cairo_t* cr, const std::function<void()>& next_page) -> Result<Ok> {
    PageFlow flow(cr, next_page);
    for (const auto& block : blocks_) {
      Result<Ok> added = Ok{};
      if (const auto* h = std::get_if<Heading>(&block)) added = flow.add(h->text, kHeadings[h->level - 1], h->level == 1 ? 2 : 5);
      else if (const auto* t = std::get_if<Text>(&block)) added = flow.add(t->text, kBody, 2);
      else added = draw_table(flow, std::get<DocxTable>(block));
      if (!added) return added;
    }
    return Ok{};
  });
}

}  // namespace nok::print
