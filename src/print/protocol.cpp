#include "print/protocol.h"

#include "domain/methodology/points.h"
#include "print/page_flow.h"

namespace nok::print {
namespace {

const TextStyle kTitle{.family = "PT Serif", .bold = true, .max_pt = 14, .min_pt = 14, .align = Align::centre};
const TextStyle kHeading{.family = "PT Serif", .bold = true, .max_pt = 12, .min_pt = 12};
const TextStyle kBody{.family = "PT Serif", .max_pt = 11, .min_pt = 11};

Result<Ok> write(PageFlow& flow, const Protocol& p) {
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
  return render_pdf_pages(kA4Portrait, "Протокол общественного совета " + std::to_string(protocol.year),
                          [&](cairo_t* cr, const std::function<void()>& next_page) {
                            PageFlow flow(cr, next_page);
                            return write(flow, protocol);
                          });
}

}  // namespace nok::print
