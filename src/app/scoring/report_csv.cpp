#include "app/scoring/report_csv.h"

#include <optional>
#include <vector>

#include "app/scoring/json_text.h"
#include "core/csv.h"

namespace nok::scoring {
namespace {

// Typed cells: text is neutralised against formulas, numbers stay numbers (core/csv.h).
class Rows {
 public:
  Rows& cell(std::string_view text) {
    out_.text(text);
    return *this;
  }
  Rows& number(const std::optional<double>& v) {
    out_.number(v ? methodology::format_points(*v) : "");
    return *this;
  }
  Rows& count(std::size_t n) {
    out_.number(std::to_string(n));
    return *this;
  }
  void end() { out_.end_row(); }
  std::string text() { return out_.take(); }

 private:
  csv::Writer out_{"\n"};
};

void criteria_header(Rows& rows, const methodology::Methodology& m) {
  for (const auto& c : m.criteria) rows.cell(c.id);
  rows.cell("total");
}

std::string organisations(const ScoreReport& report) {
  const auto& m = *report.methodology;
  Rows rows;
  rows.cell("org").cell("respondents");
  for (const auto& i : m.indicators) rows.cell(i.id);
  criteria_header(rows, m);
  rows.cell("missing").end();
  for (const auto& o : report.organisations) {
    rows.cell(o.org).count(o.counters.respondents);
    for (const auto& v : o.score.indicators) rows.number(v);
    for (const auto& v : o.score.criteria) rows.number(v);
    std::string missing;
    for (auto i : o.score.missing) missing.append(missing.empty() ? "" : " ").append(m.indicators[i].id);
    rows.number(o.score.total).cell(missing).end();
  }
  return rows.text();
}

std::string groups(const ScoreReport& report) {
  Rows rows;
  rows.cell("by").cell("key").cell("name").cell("organisations").cell("with_total");
  criteria_header(rows, *report.methodology);
  rows.end();
  for (const auto& g : report.groups) {
    rows.cell(code(report.group_by)).cell(g.key).cell(g.name).count(g.means.organisations()).count(g.means.with_total());
    for (std::size_t i = 0; i < g.means.criteria(); ++i) rows.number(g.means.criterion(i));
    rows.number(g.means.total()).end();
  }
  return rows.text();
}

}  // namespace

std::string report_csv(const ScoreReport& report) {
  return report.group_by == GroupBy::none ? organisations(report) : groups(report);
}

}  // namespace nok::scoring
