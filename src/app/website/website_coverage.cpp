#include "app/website/website_coverage.h"

#include <array>

#include "core/csv.h"
#include "domain/registry/sphere.h"
#include "domain/website/verdict.h"
#include "xlsx/writer.h"

namespace nok {
namespace {

std::string sphere_title(std::string_view code) {
  const auto sphere = parse_sphere(code);
  return sphere ? std::string(title(*sphere)) : std::string(code);
}

}  // namespace

std::string coverage_state(const WebsiteCoverageRow& row) {
  if (row.website.empty()) return "Нет адреса сайта в реестре";
  if (row.last.id == 0) return "Не проверялся";
  const auto verdict = website::parse_verdict(row.last.verdict);
  return verdict ? std::string(website::title(*verdict)) : "—";
}

namespace {

void count(CoverageGroup& group, const WebsiteCoverageRow& row) {
  ++group.organisations;
  if (row.website.empty()) return;
  ++group.with_website;
  if (row.last.id == 0) return;
  ++group.checked;
  ++group.verdicts[row.last.verdict];
  if (row.last.verdict == website::name(website::Verdict::ok)) ++group.ok;
}

std::vector<CoverageGroup> groups_of(std::map<std::string, CoverageGroup>& by_name) {
  std::vector<CoverageGroup> out;
  for (auto& [name, group] : by_name) {
    group.name = name.empty() ? "Не указано" : name;
    out.push_back(std::move(group));
  }
  return out;
}

// The exported columns, one definition for CSV and XLSX.
struct ExportColumn {
  std::string_view title;
  std::function<std::string(const WebsiteCoverageRow&)> value;
};

const std::array<ExportColumn, 13>& export_columns() {
  static const std::array<ExportColumn, 13> columns{{
      {"Код", [](const auto& r) { return r.code; }},
      {"Организация", [](const auto& r) { return r.short_name; }},
      {"Регион", [](const auto& r) { return r.region_code; }},
      {"Муниципальное образование", [](const auto& r) { return r.municipality; }},
      {"Сфера", [](const auto& r) { return sphere_title(r.sphere); }},
      {"Уполномоченный орган", [](const auto& r) { return r.authority; }},
      {"Сайт", [](const auto& r) { return r.website; }},
      {"Итог проверки", [](const auto& r) { return coverage_state(r); }},
      {"Пояснение", [](const auto& r) { return r.last.reason; }},
      {"Проверено", [](const auto& r) { return r.last.checked_at; }},
      {"Страница", [](const auto& r) { return r.last.page_url; }},
      {"Изображение", [](const auto& r) { return r.last.image_url; }},
      {"Содержимое QR-кода или ссылки", [](const auto& r) { return r.last.decoded; }},
  }};
  return columns;
}

}  // namespace

WebsiteCoverage website_coverage(const std::vector<WebsiteCoverageRow>& rows) {
  WebsiteCoverage out;
  out.total.name = "Всего";
  std::map<std::string, CoverageGroup> authorities, municipalities, spheres;
  for (const auto& row : rows) {
    count(out.total, row);
    count(authorities[row.authority], row);
    count(municipalities[row.municipality], row);
    count(spheres[sphere_title(row.sphere)], row);
    if (row.last.verdict != website::name(website::Verdict::ok)) out.failures.push_back(row);
  }
  out.by_authority = groups_of(authorities);
  out.by_municipality = groups_of(municipalities);
  out.by_sphere = groups_of(spheres);
  return out;
}

void write_coverage_csv(const std::vector<WebsiteCoverageRow>& rows, const CoverageSink& sink) {
  constexpr char kDelimiter = ';';
  std::string chunk = "\xEF\xBB\xBF";  // the byte order mark: Excel reads UTF-8 by it
  const auto end_row = [&] {
    chunk += "\r\n";
    if (chunk.size() >= (64u << 10)) sink(std::exchange(chunk, {}));
  };
  bool first = true;
  for (const auto& column : export_columns()) {
    if (!std::exchange(first, false)) chunk += kDelimiter;
    chunk += csv::text_cell(column.title, kDelimiter);
  }
  end_row();
  for (const auto& row : rows) {
    first = true;
    for (const auto& column : export_columns()) {
      if (!std::exchange(first, false)) chunk += kDelimiter;
      chunk += csv::text_cell(column.value(row), kDelimiter);
    }
    end_row();
  }
  if (!chunk.empty()) sink(chunk);
}

Result<Ok> write_coverage_xlsx(const std::vector<WebsiteCoverageRow>& rows, const CoverageSink& sink) {
  auto writer = xlsx::Writer::open();
  if (!writer) return writer.error();
  const auto coverage = website_coverage(rows);
  using xlsx::CellKind;
  std::vector<xlsx::Column> summary{{"Группа", CellKind::text, 1, 40},    {"Организаций", CellKind::integer},
                                    {"С сайтом", CellKind::integer},      {"Проверено", CellKind::integer},
                                    {"Блок работает", CellKind::integer}, {"Доля, %", CellKind::decimal, 1}};
  if (auto added = writer->add_sheet("Охват", summary); !added) return added.error();
  const auto add_group = [&](const std::string& prefix, const CoverageGroup& g) -> Result<Ok> {
    const std::string name = prefix + g.name;
    return writer->add_row({std::string_view(name), std::int64_t{g.organisations}, std::int64_t{g.with_website},
                            std::int64_t{g.checked}, std::int64_t{g.ok}, g.share()});
  };
  if (auto added = add_group("", coverage.total); !added) return added.error();
  for (const auto& [prefix, groups] : {std::pair{"Орган: ", &coverage.by_authority},
                                       {"Муниципальное образование: ", &coverage.by_municipality},
                                       {"Сфера: ", &coverage.by_sphere}})
    for (const auto& g : *groups)
      if (auto added = add_group(prefix, g); !added) return added.error();
  std::vector<xlsx::Column> columns;
  for (const auto& column : export_columns()) columns.push_back({std::string(column.title), CellKind::text});
  if (auto added = writer->add_sheet("Организации", columns); !added) return added.error();
  for (const auto& row : rows) {
    std::vector<std::string> values;
    for (const auto& column : export_columns()) values.push_back(column.value(row));
    const std::vector<xlsx::Cell> cells(values.begin(), values.end());
    if (auto added = writer->add_row(cells); !added) return added.error();
  }
  return writer->finish(sink);
}

}  // namespace nok
