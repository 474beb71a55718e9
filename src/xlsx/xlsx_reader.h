#pragma once
#include <cstddef>
#include <string_view>

#include "core/csv.h"
#include "core/result.h"

namespace nok::xlsx {

// What an uploaded workbook may cost to read. Parts are inflated at most to these sizes,
// whatever their headers claim; the table the sheet becomes is counted before it grows, so
// a small file that would expand (one long shared string used in every cell, a cell far to
// the right that every row would be padded to) is refused, not built. The XML is streamed,
// never held as a tree; a workbook that reaches every default limit at once peaks near 100 MB.
struct Limits {
  std::size_t part_bytes = 16 * 1024 * 1024;   // one XML part, uncompressed
  std::size_t total_bytes = 48 * 1024 * 1024;  // all the parts read, uncompressed
  std::size_t cells = 1'000'000;               // cells read, plus the empty ones rows are padded with
  std::size_t text_bytes = 32 * 1024 * 1024;   // all cells' text, each use of a shared string counted
  std::size_t cell_bytes = 128 * 1024;         // one cell or shared string: Excel holds 32,767 characters
  std::size_t columns = 128;                   // A to DX: the exchange formats have a few dozen
  std::size_t rows = 100'000;                  // non-blank rows after the header
};

// True when `bytes` start like a ZIP archive (an .xlsx file does).
bool looks_like_zip(std::string_view bytes);

// The first sheet of the workbook as a table: its first non-blank row is the header, the
// others are records whose `line` is the row number Excel shows; blank rows are skipped.
// Shared strings, inline strings, numbers and booleans become text ("1", "0", "35",
// "2026-03-05T10:00:00+03:00"). Error codes: xlsx_not_a_workbook (not a ZIP, or parts
// missing), xlsx_bad_xml (not well-formed, or with a DTD), xlsx_bad_reference (a cell or
// row address Excel would not write), and for `limits`: xlsx_too_large (bytes, cells or
// text), xlsx_too_many_columns, xlsx_too_many_rows, xlsx_cell_too_long; a cell's error
// names its row (`line`) and column letters.
Result<csv::Table> read_first_sheet(std::string_view bytes, const Limits& limits = {});

}  // namespace nok::xlsx
