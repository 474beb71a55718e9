#include "print/protocol.h"

#include "domain/methodology/points.h"
#include "print/canvas.h"
#include "print/text_block.h"

namespace nok::print {
namespace {

constexpr PageSize kA4{210, 297};
constexpr double kMargin = 20;
constexpr double kWidth = kA4.width_mm - 2 * kMargin;
constexpr double kBottom = kA4.height_mm - kMargin;
// A paragraph longer than this is cut at a space into pieces, so that each fits a page.
constexpr std::size_t kPieceBytes = 1500;

const TextStyle kTitle{.family = "PT Serif", .bold = true, .max_pt = 14, .min_pt = 14, .align = Align::centre};
const TextStyle kHeading{.family = "PT Serif", .bold = true, .max_pt = 12, .min_pt = 12};
const TextStyle kBody{.family = "PT Serif", .max_pt = 11, .min_pt = 11};

// Lays blocks of text down the page, starting a new page when the next does not fit.
class Flow {
 public:
  Flow(cairo_t* cr, const std::function<void()>& next_page) : cr_(cr), next_page_(next_page) {}

  Result<Ok> add(std::string_view text, const TextStyle& style, double space_before = 2) {
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

 private:
  static std::vector<std::string_view> pieces(std::string_view text) {
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

  cairo_t* cr_;
  const std::function<void()>& next_page_;
  double y_ = kMargin;
};

Result<Ok> write(Flow& flow, const Protocol& p) {
  const std::string edition = p.edition > 1 ? " (редакция " + std::to_string(p.edition) + ")" : "";
  std::vector<std::pair<std::string, const TextStyle*>> blocks{
      {"ПРОТОКОЛ", &kTitle},
      {"заседания общественного совета при органе «" + p.authority + "» о результатах независимой оценки качества "
       "условий оказания услуг за " + std::to_string(p.year) + " год" + edition, &kTitle},
      {"Дата решения: " + p.decided_on, &kBody},
      {"Решение: " + std::string(p.approved ? "утвердить результаты независимой оценки"
                                            : "вернуть материалы оператору на доработку"), &kHeading},
  };
  if (!p.comments.empty()) blocks.push_back({"Комментарии совета: " + p.comments, &kBody});
  blocks.push_back({"Решение принято по материалам с контрольной суммой " + p.digest + ".", &kBody});
  blocks.push_back({"Результаты по организациям", &kHeading});
  for (const auto& [text, style] : blocks)
    if (auto added = flow.add(text, *style, style == &kHeading ? 5 : 2); !added) return added;
  int n = 0;
  for (const auto& r : p.results) {
    const std::string total = r.total ? methodology::format_points(*r.total) + " баллов" : "нет данных";
    if (auto a = flow.add(std::to_string(++n) + ". " + r.short_name + " — итоговый показатель: " + total, kHeading, 4); !a)
      return a;
    for (auto [label, text] : {std::pair{"Недостатки", &r.deficiencies}, std::pair{"Предложения совета", &r.proposals}}) {
      if (text->empty()) continue;
      if (auto a = flow.add(std::string(label) + ":", kBody); !a) return a;
      for (const auto& line : paragraphs_from_text(*text))
        if (auto a = flow.add("— " + line.text, kBody, 0.5); !a) return a;
    }
  }
  return flow.add("Решение записал: " + p.decided_by, kBody, 8);
}

}  // namespace

Result<std::string> render_protocol(const Protocol& protocol) {
  return render_pdf_pages(kA4, "Протокол общественного совета " + std::to_string(protocol.year),
                          [&](cairo_t* cr, const std::function<void()>& next_page) {
                            Flow flow(cr, next_page);
                            return write(flow, protocol);
                          });
}

}  // namespace nok::print
