#pragma once
#include <cstddef>
#include <string_view>

#include "core/csv.h"
#include "core/result.h"

namespace nok::xlsx {

// What an uploaded workbook may cost to read. Parts are inflated at most to these sizes,
// whatever their headers claim.
struct Limits {
  std::size_t part_bytes = 16 * 1024 * 1024;   // one XML part, uncompressed
  std::size_t total_bytes = 48 * 1024 * 1024;  // all the parts read, uncompressed
  std::size_t cells = 2'000'000;
};

// True when `bytes` start like a ZIP archive (an .xlsx file does).
bool looks_like_zip(std::string_view bytes);

// The first sheet of the workbook as a table: its first non-blank row is the header, the
// others are records whose `line` is the row number Excel shows; blank rows are skipped.
// Shared strings, inline strings, numbers and booleans become text ("1", "0", "35",
// "2026-03-05T10:00:00+03:00"). Error codes: xlsx_not_a_workbook (not a ZIP, or parts
// missing), xlsx_too_large (a limit was reached), xlsx_bad_xml.
Result<csv::Table> read_first_sheet(std::string_view bytes, const Limits& limits = {});

}  // namespace nok::xlsx
