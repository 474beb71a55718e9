#pragma once
#include <cstddef>
#include <string>

#include "core/error.h"

// The errors the XLSX reader answers with: a machine code and a Russian message for the
// operator who uploaded the workbook; `line` is the row Excel shows and `column` its letters
// when a cell is to blame.
namespace nok::xlsx {

Error not_a_workbook(const std::string& detail);                                // xlsx_not_a_workbook
Error too_large();                                                              // xlsx_too_large
Error too_many_rows(std::size_t limit, int row);                                // xlsx_too_many_rows
Error too_many_columns(std::size_t limit, int row, const std::string& letters);  // xlsx_too_many_columns
Error cell_too_long(int row, const std::string& letters);                       // xlsx_cell_too_long
Error shared_string_too_long();                                                 // xlsx_cell_too_long
Error bad_reference(int row, const std::string& reference);                     // xlsx_bad_reference

}  // namespace nok::xlsx
