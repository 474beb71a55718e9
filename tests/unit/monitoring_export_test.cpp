// The monitoring's XLSX and CSV from hand-made sums, read back with the project's readers:
// a sheet per level with numeric cells, names that look like formulas kept as text, the CSV
// as Excel in a Russian locale opens it, and readable Russian file names.
#include <gtest/gtest.h>

#include "app/monitoring/monitoring_export.h"
#include "core/csv.h"
#include "package_reader.h"
#include "xlsx/xlsx_reader.h"

namespace nok {
namespace {

constexpr const char* kFormula = "=HYPERLINK(\"http://evil.example\",\"Жми\")";

// Rows by level, the same for any filter. Organisations are only handed out one by one, as
// a country of them must be read.
class RowsByLevel : public MonitoringStore {
 public:
  std::vector<MonitoringRow> rollup(const MonitoringFilter&, MonitoringLevel level) override {
    EXPECT_NE(level, MonitoringLevel::organisation) << "the exports read organisations page by page";
    return rows[static_cast<int>(level)];
  }
  void for_each_organisation(const MonitoringFilter&, const std::function<bool(const MonitoringRow&)>& on_row) override {
    for (const auto& row : rows[static_cast<int>(MonitoringLevel::organisation)])
      if (!on_row(row)) return;
  }
  MonitoringTotals totals(const MonitoringFilter&) override { return {}; }
  std::vector<CarrierFunnel> funnel_by_carrier(const MonitoringFilter&) override { return {}; }
  std::vector<int> years(const MonitoringFilter&) override { return {}; }
  std::vector<AuthorityCalendar> calendar(const MonitoringFilter&) override { return {}; }
  MonitoringNotes notes(std::int64_t, int) override { return {}; }
  void save_notes(std::int64_t, int, const MonitoringNotes&, const AuditEntry&) override {}

  std::vector<MonitoringRow> rows[4];
};

MonitoringTotals sums(std::int64_t respondents) {
  MonitoringTotals t;
  t.organisations = 1;
  t.respondents = respondents;
  t.sample_target = 200;
  t.respondents_by_channel[0] = respondents;
  t.rating_points[0] = 9;
  t.rating_answers[0] = 2;
  return t;
}

class MonitoringExport : public testing::Test {
 protected:
  void SetUp() override {
    store.rows[2] = {{kFormula, kFormula, "71", sums(150)}, {"+7 район", "+7 район", "71", sums(50)}};
    store.rows[3] = {{"school", "@школа", "71", sums(150)}, {"clinic", "-поликлиника", "71", sums(50)}};
    report.filter = {.year = 2026, .region_code = "71", .authority_id = 5};
    report.level = MonitoringLevel::municipality;
    report.authority_name = "Министерство образования Тульской области";
    report.totals = sums(200);
    report.calendar = {{.authority_id = 5, .authority_name = "Министерство образования Тульской области",
                        .region_code = "71", .cycle_state = "council", .council_due = "2026-05-01"}};
  }

  std::string xlsx() {
    std::string bytes;
    auto written = monitoring::write_xlsx(store, report, [&](std::string_view b) { bytes += b; });
    EXPECT_TRUE(written) << written.error().message;
    return bytes;
  }

  RowsByLevel store;
  monitoring::Report report;
};

TEST_F(MonitoringExport, TheWorkbookHasTheTotalsASheetPerLevelDownToOrganisationsTheCarriersAndTheCalendar) {
  const auto bytes = xlsx();
  EXPECT_EQ(test::xpath(*test::zip_entry(bytes, "xl/workbook.xml"), "//x:sheet/@name"),
            (std::vector<std::string>{"Итого", "Муниципалитеты", "Организации", "Носители QR", "Календарь"}));
  const auto totals = xlsx::read_first_sheet(bytes);
  ASSERT_TRUE(totals) << totals.error().message;
  ASSERT_TRUE(totals->column("Участников опроса"));
  ASSERT_EQ(totals->records.size(), 1u);
  const auto& row = totals->records[0].fields;
  EXPECT_EQ(row[*totals->column("Год")], "2026");
  EXPECT_EQ(row[*totals->column("Охват")], "Министерство образования Тульской области");
  EXPECT_EQ(row[*totals->column("Регион")], "Тульская область");
  EXPECT_EQ(row[*totals->column("Участников опроса")], "200");
  EXPECT_EQ(row[*totals->column("Выполнение цели выборки, %")], "100");
  EXPECT_EQ(row[*totals->column("Комфорт и санитарно-гигиеническое состояние помещений")], "4.5");
  EXPECT_EQ(row[*totals->column("Медиана срока ответа, дней")], "");  // no answered appeal: no number

  const auto municipalities = *test::zip_entry(bytes, "xl/worksheets/sheet2.xml");
  EXPECT_EQ(test::xpath_one(municipalities, "//x:pane/@state"), "frozen");
  EXPECT_FALSE(test::xpath_one(municipalities, "//x:autoFilter/@ref").empty());
  EXPECT_EQ(test::xpath_one(municipalities, "count(//x:f)"), "0");  // no formula anywhere
  // Names are text cells; the figures numbers.
  EXPECT_EQ(test::xpath_one(municipalities, "//x:row[@r='2']/x:c[@r='B2']/x:is/x:t"), kFormula);
  EXPECT_EQ(test::xpath_one(municipalities, "//x:row[@r='2']/x:c[@r='B2']/@t"), "inlineStr");
  EXPECT_EQ(test::xpath_one(municipalities, "//x:row[@r='2']/x:c[@r='G2']/x:v"), "150");
  EXPECT_EQ(test::xpath_one(municipalities, "//x:row[@r='2']/x:c[@r='G2']/@t"), "");
  const auto organisations = *test::zip_entry(bytes, "xl/worksheets/sheet3.xml");
  EXPECT_EQ(test::xpath_one(organisations, "//x:row[@r='2']/x:c[@r='B2']/x:is/x:t"), "@школа");
  EXPECT_EQ(test::xpath_one(organisations, "//x:row[@r='3']/x:c[@r='B3']/x:is/x:t"), "-поликлиника");
  EXPECT_EQ(test::xpath_one(organisations, "count(//x:f)"), "0");
}

TEST_F(MonitoringExport, OneOrganisationChosenGivesOneOrganisationSheet) {
  report.single_organisation = true;
  report.level = MonitoringLevel::organisation;
  EXPECT_EQ(test::xpath(*test::zip_entry(xlsx(), "xl/workbook.xml"), "//x:sheet/@name"),
            (std::vector<std::string>{"Итого", "Организации", "Носители QR", "Календарь"}));
}

TEST_F(MonitoringExport, TheCsvHasABomSemicolonsALevelColumnAndNeutralisedFormulas) {
  std::string bytes;
  monitoring::write_csv(store, report, [&](std::string_view b) { bytes += b; });
  ASSERT_TRUE(bytes.starts_with("\xEF\xBB\xBF"));
  EXPECT_TRUE(bytes.substr(3).starts_with("Уровень;Код;Наименование;Регион;Организаций;"));
  EXPECT_NE(bytes.find("\r\n"), std::string::npos);
  const auto table = csv::parse(bytes);
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->delimiter, ';');
  ASSERT_EQ(table->records.size(), 5u);  // the total, two municipalities, two organisations
  const auto level = *table->column("Уровень"), name = *table->column("Наименование");
  EXPECT_EQ(table->records[0].fields[level], "Итого");
  EXPECT_EQ(table->records[1].fields[level], "Муниципалитет");
  EXPECT_EQ(table->records[1].fields[name], "'" + std::string(kFormula));
  EXPECT_EQ(csv::original_text(table->records[1].fields[name]), kFormula);
  EXPECT_EQ(table->records[2].fields[name], "'+7 район");
  EXPECT_EQ(table->records[3].fields[name], "'@школа");
  EXPECT_EQ(table->records[4].fields[name], "'-поликлиника");
  EXPECT_EQ(table->records[1].fields[*table->column("Участников опроса")], "150");
  EXPECT_EQ(table->records[1].fields[*table->column("Выполнение цели выборки, %")], "75.0");
  EXPECT_EQ(table->records[1].fields[*table->column("Доля согласных, %")], "");
}

TEST_F(MonitoringExport, FileNamesAreRussianAndNameTheNarrowestChoice) {
  report.filter = {.year = 2026, .region_code = "71"};
  EXPECT_EQ(monitoring::file_name(report, "xlsx"), "Мониторинг-Тульская-область-2026.xlsx");
  report.filter = {.year = 2025};
  EXPECT_EQ(monitoring::file_name(report, "csv"), "Мониторинг-Россия-2025.csv");
  report.filter = {.year = 2026, .authority_id = 5, .municipality = "г. Тула / \"центр\"", .sphere = "education"};
  EXPECT_EQ(monitoring::file_name(report, "xlsx"), "Мониторинг-г-Тула-центр-Образование-2026.xlsx");
}

}  // namespace
}  // namespace nok
