#include "app/monitoring/monitoring_export.h"

#include <algorithm>

#include "app/monitoring/monitoring_metrics.h"
#include "app/registry/reference_data.h"
#include "core/csv.h"
#include "core/file_name.h"
#include "domain/cycle/workflow.h"
#include "domain/placement/placement.h"
#include "domain/registry/sphere.h"
#include "xlsx/writer.h"

namespace nok::monitoring {
namespace {

constexpr char kDelimiter = ';';
constexpr std::size_t kChunk = 64 * 1024;

// The region's name, or its code when the reference data does not know it; looked up per
// row of the organisations' sheet, so without copying.
std::string_view region_title(std::string_view code) {
  for (const auto& r : known_regions())
    if (r.code == code) return r.name;
  return code;
}

std::string sphere_title(std::string_view code) {
  const auto sphere = parse_sphere(code);
  return sphere ? std::string(title(*sphere)) : std::string(code);
}

// What the filter covers, narrowest first: the name of the whole the «Итого» line sums.
std::string scope_title(const Report& report) {
  const auto& f = report.filter;
  if (!f.organisation_code.empty()) return report.organisation_name;
  if (!f.municipality.empty()) return f.municipality;
  if (f.authority_id != 0) return report.authority_name;
  if (!f.region_code.empty()) return std::string(region_title(f.region_code));
  return "Россия";
}

std::vector<MonitoringLevel> sheet_levels(const Report& report) {
  if (report.single_organisation) return {MonitoringLevel::organisation};
  return levels_from(report.level);
}

const std::vector<const Metric*>& all_metrics() {
  static const std::vector<const Metric*> metrics = [] {
    std::vector<const Metric*> out;
    for (const auto& section : sections())
      for (const auto& metric : section.metrics) out.push_back(&metric);
    return out;
  }();
  return metrics;
}

// Calls `on_row` for each row of `level`, in the store's order, until it returns false:
// organisations page by page (a country of them would not fit in memory at once), the
// levels above from one roll-up.
void each_row(MonitoringStore& store, const Report& report, MonitoringLevel level,
              const std::function<bool(const MonitoringRow&)>& on_row) {
  if (level == MonitoringLevel::organisation) return store.for_each_organisation(report.filter, on_row);
  for (const auto& row : store.rollup(report.filter, level))
    if (!on_row(row)) return;
}

// ---- XLSX

std::vector<xlsx::Column> metric_columns(std::vector<xlsx::Column> columns) {
  for (const auto* metric : all_metrics()) {
    if (metric->kind == MetricKind::count)
      columns.push_back({metric->title, xlsx::CellKind::integer});
    else
      columns.push_back({metric->title, xlsx::CellKind::decimal, decimals(metric->kind)});
  }
  return columns;
}

void add_metric_cells(std::vector<xlsx::Cell>& cells, const MonitoringTotals& totals) {
  for (const auto* metric : all_metrics()) {
    const auto value = metric->value(totals);
    if (!value) cells.emplace_back(std::monostate{});
    else if (metric->kind == MetricKind::count) cells.emplace_back(static_cast<std::int64_t>(*value));
    else cells.emplace_back(*value);
  }
}

Result<Ok> totals_sheet(xlsx::Writer& writer, const Report& report) {
  if (auto added = writer.add_sheet("Итого", metric_columns({{"Год", xlsx::CellKind::integer},
                                                            {"Охват", xlsx::CellKind::text, 1, 40},
                                                            {"Регион"},
                                                            {"Уполномоченный орган", xlsx::CellKind::text, 1, 30},
                                                            {"Муниципалитет"},
                                                            {"Организация"},
                                                            {"Сфера"}}));
      !added)
    return added;
  const auto& f = report.filter;
  const std::string scope = scope_title(report), sphere = f.sphere.empty() ? "" : sphere_title(f.sphere);
  const std::string_view region = f.region_code.empty() ? "" : region_title(f.region_code);
  std::vector<xlsx::Cell> cells{std::int64_t{f.year},         std::string_view(scope),
                                region,                       std::string_view(report.authority_name),
                                std::string_view(f.municipality), std::string_view(report.organisation_name),
                                std::string_view(sphere)};
  add_metric_cells(cells, report.totals);
  return writer.add_row(cells);
}

Result<Ok> level_sheet(xlsx::Writer& writer, MonitoringStore& store, const Report& report, MonitoringLevel level) {
  if (auto added = writer.add_sheet(plural_title(level), metric_columns({{"Код"},
                                                                         {std::string(singular_title(level)), xlsx::CellKind::text, 1, 40},
                                                                         {"Регион", xlsx::CellKind::text, 1, 20}}));
      !added)
    return added;
  std::vector<xlsx::Cell> cells;
  Result<Ok> written = Ok{};
  each_row(store, report, level, [&](const MonitoringRow& row) {
    cells = {std::string_view(row.key), std::string_view(row.name), region_title(row.region_code)};
    add_metric_cells(cells, row.totals);
    written = writer.add_row(cells);
    return bool(written);
  });
  return written;
}

Result<Ok> carriers_sheet(xlsx::Writer& writer, const Report& report) {
  if (auto added = writer.add_sheet("Носители QR", {{"Носитель", xlsx::CellKind::text, 1, 30},
                                                    {"Сканирований", xlsx::CellKind::integer},
                                                    {"Начали анкету", xlsx::CellKind::integer},
                                                    {"Засчитано", xlsx::CellKind::integer}});
      !added)
    return added;
  for (const auto& f : report.funnel) {
    const auto carrier = placement::find_carrier(f.carrier);
    const std::string name = f.carrier.empty() ? "Без размещения" : carrier ? std::string(carrier->title) : f.carrier;
    if (auto written = writer.add_row({std::string_view(name), f.counts.scans, f.counts.started, f.counts.completed});
        !written)
      return written;
  }
  return Ok{};
}

Result<Ok> calendar_sheet(xlsx::Writer& writer, const Report& report) {
  if (auto added = writer.add_sheet("Календарь", {{"Уполномоченный орган", xlsx::CellKind::text, 1, 40},
                                                  {"Регион", xlsx::CellKind::text, 1, 20},
                                                  {"Цикл"},
                                                  {"Срок решения совета"},
                                                  {"Решение принято"},
                                                  {"Срок публикации"},
                                                  {"Опубликовано"},
                                                  {"Срок планов"},
                                                  {"Планов ожидается", xlsx::CellKind::integer},
                                                  {"Планов опубликовано", xlsx::CellKind::integer}});
      !added)
    return added;
  for (const auto& c : report.calendar) {
    const auto state = cycle::parse_state(c.cycle_state);
    const std::string state_title = state ? std::string(cycle::title(*state)) : "цикл не открыт";
    if (auto written = writer.add_row({std::string_view(c.authority_name), region_title(c.region_code),
                                       std::string_view(state_title), std::string_view(c.council_due),
                                       std::string_view(c.approved_at), std::string_view(c.publish_due),
                                       std::string_view(c.published_at), std::string_view(c.plans_due),
                                       c.plans_expected, c.plans_published});
        !written)
      return written;
  }
  return Ok{};
}

// ---- CSV

// Collects rows and hands them on in pieces of about kChunk bytes.
class CsvOut {
 public:
  explicit CsvOut(const ByteSink& sink) : sink_(sink) {}
  void text(std::string_view value) { cell(csv::text_cell(value, kDelimiter)); }
  void number(const std::optional<double>& value, MetricKind kind) { cell(plain_figure(value, kind)); }
  void end_row() {
    buffer_ += "\r\n";
    started_ = false;
    if (buffer_.size() >= kChunk) flush();
  }
  void flush() {
    if (!buffer_.empty()) sink_(buffer_);
    buffer_.clear();
  }

 private:
  void cell(std::string_view value) {
    if (started_) buffer_ += kDelimiter;
    started_ = true;
    buffer_ += value;
  }
  const ByteSink& sink_;
  std::string buffer_ = "\xEF\xBB\xBF";  // the byte order mark: Excel reads UTF-8 by it
  bool started_ = false;
};

void csv_row(CsvOut& out, std::string_view level, std::string_view key, std::string_view name, std::string_view region,
             const MonitoringTotals& totals) {
  out.text(level);
  out.text(key);
  out.text(name);
  out.text(region);
  for (const auto* metric : all_metrics()) out.number(metric->value(totals), metric->kind);
  out.end_row();
}

}  // namespace

Result<Ok> write_xlsx(MonitoringStore& store, const Report& report, const ByteSink& sink) {
  auto writer = xlsx::Writer::open();
  if (!writer) return writer.error();
  if (auto written = totals_sheet(*writer, report); !written) return written;
  for (const auto level : sheet_levels(report))
    if (auto written = level_sheet(*writer, store, report, level); !written) return written;
  if (auto written = carriers_sheet(*writer, report); !written) return written;
  if (auto written = calendar_sheet(*writer, report); !written) return written;
  return writer->finish(sink);
}

void write_csv(MonitoringStore& store, const Report& report, const ByteSink& sink) {
  CsvOut out(sink);
  out.text("Уровень");
  out.text("Код");
  out.text("Наименование");
  out.text("Регион");
  for (const auto* metric : all_metrics()) out.text(metric->title);
  out.end_row();
  const auto& f = report.filter;
  csv_row(out, "Итого", "", scope_title(report), f.region_code.empty() ? "" : region_title(f.region_code),
          report.totals);
  for (const auto level : sheet_levels(report))
    each_row(store, report, level, [&](const MonitoringRow& row) {
      csv_row(out, singular_title(level), row.key, row.name, region_title(row.region_code), row.totals);
      return true;
    });
  out.flush();
}

std::string file_name(const Report& report, std::string_view extension) {
  std::string name = "Мониторинг-" + file_name_part(scope_title(report));
  if (!report.filter.sphere.empty()) name += "-" + file_name_part(sphere_title(report.filter.sphere));
  return name + "-" + std::to_string(report.filter.year) + "." + std::string(extension);
}

}  // namespace nok::monitoring
