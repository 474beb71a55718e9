#pragma once
// Writes .xlsx exports — several sheets of typed cells, up to Excel's million rows — with
// memory that stays flat whatever the number of rows.
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"
#include "xlsx/package_parts.h"
#include "xlsx/temp_file.h"

namespace nok::xlsx {

enum class CellKind { text, integer, decimal };

// A column of a sheet: its title in the header row, the kind of its cells' numbers and
// how wide Excel shows it.
struct Column {
  std::string title;
  CellKind kind = CellKind::text;
  int decimals = 1;  // decimal columns: the places Excel shows (0 … 6), with the reader's decimal comma
  double width = 0;  // in characters; 0: wide enough for the title, at least 10
};

// A cell: empty, text, a whole number or a decimal. Text is always written as text, so a
// name like "=HYPERLINK(…)" or "+7…" is never taken for a formula or a number. The view
// must live until add_row returns.
using Cell = std::variant<std::monostate, std::string_view, std::int64_t, double>;

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

  std::uint32_t rows_in_sheet() const { return row_; }  // the header included

 private:
  // A sheet being written: its file, open until the sheet is closed.
  struct Sheet {
    TempFile file;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> out{nullptr, std::fclose};
    long dimension_at = 0;  // where the placeholder of its <dimension> starts
  };

  explicit Writer(TempFile file) : file_(std::move(file)) {}
  Result<Ok> start_sheet(std::string_view name, std::vector<Column> columns);
  Result<Ok> write(std::string_view xml);
  Result<Ok> close_sheet();
  Result<Ok> pack();

  std::optional<TempFile> file_;  // the workbook, until finish() has streamed it
  bool finished_ = false;
  std::vector<TempFile> sheet_files_;  // the closed sheets'
  std::optional<Sheet> sheet_;         // the one being written
  std::vector<parts::SheetEntry> entries_;
  std::vector<Column> columns_;
  std::vector<std::string> letters_;  // each column's, "A", "B", …
  std::vector<int> styles_;           // each column's number style
  std::string row_xml_;               // the row being written, kept to reuse its memory
  std::uint32_t row_ = 0;
};

}  // namespace nok::xlsx
