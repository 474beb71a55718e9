#pragma once
// Writes .xlsx exports — several sheets of typed cells, up to Excel's million rows — with
// memory that stays flat whatever the number of rows.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"
#include "xlsx/temp_file.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

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

// A workbook written sheet by sheet, row by row, through libxlsxwriter in constant-memory
// mode (each row goes to disk as the next one starts), into a temporary file that finish()
// streams to a sink and that is removed in every case — finished, failed or abandoned.
// Each sheet has a bold header row that stays in view when scrolling (frozen) and carries an
// autofilter over the sheet's rows. Numbers are numeric cells: integers with the format
// "#,##0", decimals "#,##0.0…" — Excel shows them with the reader's own separators (a comma
// and spaces in Russian). Errors have a machine code and a Russian message.
// Not thread-safe; one Writer per export.
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
  struct Workbook;
  Writer(TempFile file, std::unique_ptr<Workbook> workbook);
  Result<Ok> close_sheet();

  std::optional<TempFile> file_;  // until finish() has streamed it
  std::unique_ptr<Workbook> workbook_;
  lxw_worksheet* sheet_ = nullptr;
  std::vector<Column> columns_;
  std::vector<lxw_format*> formats_;  // per column; owned by the workbook
  std::vector<std::string> sheet_names_;
  std::uint32_t row_ = 0;
};

}  // namespace nok::xlsx
