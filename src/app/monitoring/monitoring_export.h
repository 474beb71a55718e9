#pragma once
// The monitoring as files for spreadsheets, with the same filters as the page: an XLSX with
// a sheet per level of the drill-down and the same rows as one CSV table.
#include <functional>
#include <string>
#include <string_view>

#include "app/monitoring/monitoring_report.h"
#include "core/result.h"

namespace nok::monitoring {

using ByteSink = std::function<void(std::string_view bytes)>;

// The workbook: «Итого» (the filter and its sums), then a sheet per level from the report's
// down to organisations (each row's code, name, region and every figure of sections(), as
// numeric cells), «Носители QR» and «Календарь». Rows are read level by level from
// `store`, the organisations page by page (MonitoringStore::for_each_organisation, in its
// order of name and code), so memory does not grow with their number; the file is built in
// a temporary file and handed to `sink` in 64 KiB pieces. Text cells stay text, so a name
// like "=HYPERLINK(…)" is never a formula. An exception thrown by `sink` passes through.
// Errors: the xlsx::Writer's.
Result<Ok> write_xlsx(MonitoringStore& store, const Report& report, const ByteSink& sink);

// The same rows as one CSV table, each with its level in the first column («Итого»,
// «Регион», …, «Организация»): UTF-8 with a byte order mark and ';' between cells, as Excel
// in a Russian locale opens it by a double click; decimals with a point, text cells
// neutralised against formulas (csv::text_cell). Read as write_xlsx reads them and written to
// `sink` in pieces of 64 KiB.
void write_csv(MonitoringStore& store, const Report& report, const ByteSink& sink);

// "Мониторинг-Тульская-область-2026.xlsx": the download's name from the filter, readable
// in Russian: the narrowest of organisation, municipality, authority, region (or
// «Россия»), the sphere when chosen, and the year; characters a file name cannot hold
// become '-'.
std::string file_name(const Report& report, std::string_view extension);

}  // namespace nok::monitoring
