// An authority's plan of popularisation measures as a spreadsheet
// (/authorities/{id}/popularisation.xlsx and .csv?year=): one row per measure with its
// effect figures, for whoever reads the plan. Read in the handler (a plan is tens of rows),
// written while it is sent.
#include <memory>
#include <optional>
#include <stdexcept>

#include "app/popularisation/effect.h"
#include "core/csv.h"
#include "core/file_name.h"
#include "web/staff/guard.h"
#include "web/staff/pages.h"
#include "web/staff/popularisation_effect_text.h"
#include "web/staff/popularisation_subject.h"
#include "web/staff/staff_context.h"
#include "web/table_download.h"
#include "xlsx/writer.h"

namespace nok::web {
namespace {

namespace pop = popularisation;

// A measure's cells: texts, then the figures of its source (nullopt: not this source's).
struct PlanRow {
  std::vector<std::string> texts;
  std::vector<std::optional<std::int64_t>> figures;
};

const std::vector<std::string> kTextColumns{"Вид мероприятия", "Мероприятие", "Начало",        "Окончание",
                                            "Ответственный",   "Состояние",   "Подтверждение", "Результат по данным"};
const std::vector<std::string> kFigureColumns{"Сканирований QR-кода", "Анкет после сканирования",
                                              "Приглашений отправлено", "Ответили на приглашение", "Анкет через киоск"};

PlanRow row_of(PopularisationStore& store, const PopularisationMeasure& m) {
  const auto type = pop::find_measure_type(m.draft.type);
  const auto e = pop::measure_effect(store, m);
  std::string effect;
  for (const auto& line : effect_lines(e)) effect += (effect.empty() ? "" : "; ") + line;
  const auto when = [&](pop::EffectSource source, std::int64_t value) {
    return e.source == source ? std::optional(value) : std::nullopt;
  };
  using enum pop::EffectSource;
  return {{type ? std::string(type->title) : m.draft.type, m.draft.title, m.draft.starts_on, m.draft.ends_on,
           m.draft.responsible, std::string(pop::title(m.status)), m.draft.evidence_url, effect},
          {when(placements, e.scans), when(placements, e.answers), when(invitations, e.invitations_sent),
           when(invitations, e.invitations_answered), when(kiosk, e.kiosk_answers)}};
}

void write_xlsx(const std::vector<PlanRow>& rows, const std::string& sheet, const http::StreamWriter& write) {
  auto writer = xlsx::Writer::open();
  if (!writer) throw std::runtime_error(writer.error().message);
  std::vector<xlsx::Column> columns;
  for (const auto& title : kTextColumns)
    columns.push_back({title, xlsx::CellKind::text, 1, title == "Мероприятие" ? 50.0 : 0});
  for (const auto& title : kFigureColumns) columns.push_back({title, xlsx::CellKind::integer});
  if (auto added = writer->add_sheet(sheet, std::move(columns)); !added)
    throw std::runtime_error(added.error().message);
  for (const auto& row : rows) {
    std::vector<xlsx::Cell> cells;
    for (const auto& text : row.texts) cells.emplace_back(std::string_view(text));
    for (const auto& figure : row.figures) cells.push_back(figure ? xlsx::Cell(*figure) : xlsx::Cell(std::monostate{}));
    if (auto written = writer->add_row(cells); !written) throw std::runtime_error(written.error().message);
  }
  // An error cuts the download short, so that no one takes it for whole.
  if (auto done = writer->finish([&](std::string_view bytes) { write(bytes); }); !done)
    throw std::runtime_error(done.error().message);
}

std::string csv_text(const std::vector<PlanRow>& rows) {
  csv::Writer out;
  for (const auto& title : kTextColumns) out.text(title);
  for (const auto& title : kFigureColumns) out.text(title);
  out.end_row();
  for (const auto& row : rows) {
    for (const auto& text : row.texts) out.text(text);
    for (const auto& figure : row.figures) out.number(figure ? std::to_string(*figure) : "");
    out.end_row();
  }
  return "\xEF\xBB\xBF" + out.take();  // the byte order mark: Excel reads UTF-8 by it
}

http::Response download(const SiteContext& site, const http::Request& request, TableFormat format) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    auto found = plan_subject(site, request, account);
    if (auto* answer = std::get_if<http::Response>(&found)) return std::move(*answer);
    const auto& subject = std::get<PlanSubject>(found);
    auto& store = *site.staff->popularisation;
    auto rows = std::make_shared<std::vector<PlanRow>>();
    for (const auto& m : store.measures(subject.authority.id, subject.year)) rows->push_back(row_of(store, m));
    const std::string name =
        "План-популяризации-" + file_name_part(subject.authority.name) + "-" + std::to_string(subject.year);
    if (format == TableFormat::csv)
      return table_download(format, name + ".csv",
                            [text = csv_text(*rows)](const http::StreamWriter& write) { write(text); });
    const std::string sheet = "План " + std::to_string(subject.year);
    return table_download(format, name + ".xlsx",
                          [rows, sheet](const http::StreamWriter& write) { write_xlsx(*rows, sheet, write); });
  });
}

}  // namespace

void add_popularisation_download_pages(http::Router& router, const SiteContext& site) {
  router.get("/authorities/{id}/popularisation.xlsx",
             [&site](const http::Request& r) { return download(site, r, TableFormat::xlsx); });
  router.get("/authorities/{id}/popularisation.csv",
             [&site](const http::Request& r) { return download(site, r, TableFormat::csv); });
}

}  // namespace nok::web
