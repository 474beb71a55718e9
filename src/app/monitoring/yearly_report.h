#pragma once
// The yearly report an authority sends to the federal ministry: «Информация об
// использовании результатов мониторинга … в управленческой и организационно-кадровой
// работе за YEAR-1 и YEAR годы». This file turns the figures of two years, the authority's
// own texts and its cycles' calendar into the report's content — titles, tables with one
// column per year, texts — which print/ renders as Word or PDF. Pure: no store, no clock.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/popularisation/effect.h"
#include "core/result.h"
#include "store/monitoring_store.h"

namespace nok::monitoring {

// What nok knows of one year of an authority.
struct ReportYear {
  int year = 0;
  MonitoringTotals totals;                 // organisations == 0: no figures that year
  MonitoringNotes notes;                   // the authority's texts (empty: not written)
  std::optional<AuthorityCalendar> cycle;  // the authority's calendar that year
  // The authority's plan of popularisation measures; the report has its part only when the
  // current year's is given.
  std::optional<popularisation::PlanSummary> plan;
};

struct YearlyReportFacts {
  std::string authority;  // its full name
  std::string region;     // the region's name; empty for a federal body
  ReportYear previous, current;
  std::string formed_at;  // ISO 8601 UTC: when the report is made
};

// A line of a table: what is counted and its value in each year's column ("нет данных"
// where the year has no figures). `nested` lines are "of them" lines under the one before.
struct ReportLine {
  std::string label;
  std::string previous, current;
  bool nested = false;
};

// A text the authority wrote, for one year.
struct ReportText {
  std::string year;  // "2026 год"
  std::string text;  // or a note that nothing was written
};

// A numbered part of the report: its table, then the authority's texts under a subtitle.
struct ReportPart {
  std::string title;
  std::vector<ReportLine> lines;
  std::string texts_title;  // empty: the part has no texts
  std::vector<ReportText> texts;
};

struct YearlyReport {
  std::string title;
  std::vector<std::pair<std::string, std::string>> header;  // «Уполномоченный орган» — its name, …
  std::string label_column;                                 // «Показатель»
  std::string previous_column, current_column;              // «2025 год», «2026 год»
  std::vector<ReportPart> parts;
  std::string footer;  // «Сформировано в nok …»
};

// The years a report may be asked for: 2014 (the first year of independent assessment under
// 256-ФЗ) to the year after the current one.
inline constexpr int kFirstReportYear = 2014;

// The year of `?year=`: the current one when empty. Error report_year (malformed) with a
// Russian message for anything else than a whole number in range.
Result<int> report_year(std::string_view text, int current_year);

YearlyReport build_yearly_report(const YearlyReportFacts& facts);

// «Отчёт-НОК-Министерство-культуры-Энской-области-2026»: a readable file name without the
// extension, the authority's name cut at a word to a few dozen characters.
std::string yearly_report_file_name(std::string_view authority, int year);

}  // namespace nok::monitoring
