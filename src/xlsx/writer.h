#pragma once
// Writes .xlsx exports — several sheets of typed cells, up to Excel's million rows — with
// memory that stays flat whatever the number of rows.
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "xlsx/cell.h"

namespace nok::xlsx {

// A workbook written sheet by sheet, row by row. Each sheet's XML goes to a temporary file
// of its own as its rows arrive (one row is held at a time); finish() packs the sheets and
// the workbook's other parts (package_parts.h) into a ZIP with libzip, deflated at zlib's
// fastest level (a quarter of the default level's time, for a file a third larger), in a
// temporary file it then streams to a sink. Every temporary file is removed in every case:
// finished, failed or abandoned. Each sheet has a bold header row that stays in view when
// scrolling (frozen) and carries an autofilter over the sheet's rows. Numbers are numeric
// cells: integers with the format "#,##0", decimals "#,##0.0…" — Excel shows them with the
// reader's own separators (a comma and spaces in Russian). Errors have a machine code and a
// Russian message. Not thread-safe; one Writer per export.
class Writer {
 public:
  using Sink = std::function<void(std::string_view bytes)>;

  // Starts an empty workbook in a temporary file. Fails with xlsx_temp_file.
  static Result<Writer> open();

  Writer(Writer&&) noexcept;
  Writer& operator=(Writer&&) = delete;
  ~Writer();

  // Starts a sheet named after `name` (sheet_name.h makes any text acceptable and unique)
  // with these columns, and writes its header row; rows then go to this sheet. Fails with
  // xlsx_bad_columns when there are no columns or more than Excel's 16,384.
  Result<Ok> add_sheet(std::string_view name, std::vector<Column> columns);

  // Writes the next row of the current sheet: cells beyond the columns are an error
  // (xlsx_too_many_cells), missing ones are empty; a non-finite number is an empty cell; an
  // integer in a decimal column, or a decimal in an integer column, takes that column's
  // format. Fails with xlsx_no_sheet before add_sheet, xlsx_bad_text for text that is not
  // UTF-8, xlsx_too_many_rows past Excel's 1,048,576 rows, xlsx_cell_too_long past 32,767
  // characters, xlsx_write_failed when the disk refuses.
  Result<Ok> add_row(std::span<const Cell> cells);
  Result<Ok> add_row(std::initializer_list<Cell> cells) { return add_row(std::span(cells.begin(), cells.size())); }

  // Completes the workbook, hands it to `sink` in chunks of 64 KiB and removes the
  // temporary file; the writer is done afterwards (xlsx_finished for any further call). If
  // `sink` throws, the exception passes through and the file is removed with the writer.
  // Fails with xlsx_write_failed.
  Result<Ok> finish(const Sink& sink);

  std::uint32_t rows_in_sheet() const;  // the header included

 private:
  struct State;  // the workbook being written, its files and the sheet's columns (writer.cpp)
  explicit Writer(std::unique_ptr<State> state);

  std::unique_ptr<State> state_;
};

}  // namespace nok::xlsx
