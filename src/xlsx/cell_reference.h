#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nok::xlsx {

// The last row an Excel sheet has.
constexpr int last_row = 1'048'576;

// A cell's address as a sheet writes it in <c r="...">: column letters, then the row.
struct CellReference {
  std::size_t column = 0;  // 0-based: A is 0, AB is 27
  int row = 0;             // 1-based, as Excel shows it
};

// "AB12" → {27, 12}. Nullopt unless it is 1–3 capital letters and a row number from 1 to
// `last_row`, the shape Excel writes (whether the column is one the caller takes is its call).
std::optional<CellReference> parse_cell_reference(std::string_view text);

// 27 → "AB": how Excel names a 0-based column.
std::string column_letters(std::size_t column);

// A row number as a sheet writes it in <row r="...">: 1 to `last_row`, else nullopt.
std::optional<int> parse_row_number(std::string_view text);

}  // namespace nok::xlsx
