#include "xlsx/writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>

#include "core/text.h"
#include "xlsx/sheet_name.h"

namespace nok::xlsx {
namespace {

constexpr std::uint32_t kMaxRows = 1'048'576;  // Excel's
constexpr std::size_t kMaxColumns = 16'384;
constexpr std::size_t kChunk = 64 * 1024;

Error failure(lxw_error error) {
  switch (error) {
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
      return {"xlsx_cell_too_long", "текст ячейки длиннее 32 767 знаков — столько Excel в ячейке не держит"};
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
      return {"xlsx_too_many_rows", "на листе больше 1 048 576 строк — столько Excel не открывает; выгрузите данные частями"};
    case LXW_ERROR_MEMORY_MALLOC_FAILED: return {"xlsx_write_failed", "не хватило памяти, чтобы записать файл Excel"};
    default:
      return {"xlsx_write_failed", "не удалось записать файл Excel (" + std::string(lxw_strerror(error)) +
                                       "): проверьте место во временном каталоге"};
  }
}

Error finished() { return {"xlsx_finished", "файл Excel уже записан"}; }

std::string number_format(const Column& column) {
  if (column.kind != CellKind::decimal) return "#,##0";
  const int places = std::clamp(column.decimals, 0, 6);
  return places == 0 ? "#,##0" : "#,##0." + std::string(static_cast<std::size_t>(places), '0');
}

}  // namespace

// The libxlsxwriter workbook and the formats it owns; frees the workbook unless it was closed.
struct Writer::Workbook {
  lxw_workbook* handle = nullptr;
  std::vector<lxw_worksheet*> sheets;  // owned by the workbook
  lxw_format* header = nullptr;
  std::map<std::string, lxw_format*> numbers;
  std::string text;  // a cell's text with the terminating NUL libxlsxwriter needs

  lxw_format* number(const std::string& format) {
    auto& found = numbers[format];
    if (!found) {
      found = workbook_add_format(handle);
      format_set_num_format(found, format.c_str());
    }
    return found;
  }
  ~Workbook() {
    if (!handle) return;
    // Closing would write the whole file; freeing leaves each sheet's temporary file open
    // (libxlsxwriter closes them only in workbook_close), so they are closed here.
    for (auto* sheet : sheets)
      if (sheet->optimize_tmpfile) {
        std::fclose(sheet->optimize_tmpfile);
        sheet->optimize_tmpfile = nullptr;
      }
    lxw_workbook_free(handle);
  }
};

Writer::Writer(TempFile file, std::unique_ptr<Workbook> workbook)
    : file_(std::move(file)), workbook_(std::move(workbook)) {}
Writer::Writer(Writer&&) noexcept = default;
// Members go in reverse order: the workbook (and its own temporary files) before our file.
Writer::~Writer() = default;

Result<Writer> Writer::open() {
  auto file = TempFile::create(".xlsx");
  if (!file) return file.error();
  auto workbook = std::make_unique<Workbook>();
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows go to disk as they are written
  const std::string path = file->path().string();
  workbook->handle = workbook_new_opt(path.c_str(), &options);
  if (!workbook->handle) return failure(LXW_ERROR_MEMORY_MALLOC_FAILED);
  workbook->header = workbook_add_format(workbook->handle);
  format_set_bold(workbook->header);
  return Writer(std::move(*file), std::move(workbook));
}

Result<Ok> Writer::close_sheet() {
  if (!sheet_) return Ok{};
  // The autofilter spans the rows written; its range can only be known now.
  const auto last_row = std::max<std::uint32_t>(row_, 1) - 1;
  const auto status = worksheet_autofilter(sheet_, 0, 0, last_row, static_cast<lxw_col_t>(columns_.size() - 1));
  sheet_ = nullptr;
  if (status != LXW_NO_ERROR) return failure(status);
  return Ok{};
}

Result<Ok> Writer::add_sheet(std::string_view name, std::vector<Column> columns) {
  if (!workbook_->handle) return finished();
  if (columns.empty() || columns.size() > kMaxColumns)
    return Error{"xlsx_bad_columns", "у листа Excel должно быть от 1 до 16 384 столбцов"};
  if (auto closed = close_sheet(); !closed) return closed;
  const auto title = sheet_name(name, sheet_names_);
  sheet_ = workbook_add_worksheet(workbook_->handle, title.c_str());
  if (!sheet_) return Error{"xlsx_write_failed", "не удалось добавить лист «" + title + "» в файл Excel"};
  workbook_->sheets.push_back(sheet_);
  sheet_names_.push_back(title);
  columns_ = std::move(columns);
  formats_.clear();
  row_ = 0;

  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const auto& column = columns_[c];
    formats_.push_back(column.kind == CellKind::text ? nullptr : workbook_->number(number_format(column)));
    const double width = column.width > 0 ? column.width
                                          : std::max(10.0, static_cast<double>(text::length(column.title)) + 2);
    // Widths must precede the rows: constant-memory mode writes the columns' part first.
    worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
  }
  worksheet_freeze_panes(sheet_, 1, 0);
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    if (!text::valid_utf8(columns_[c].title))
      return Error{"xlsx_bad_text", "заголовок столбца — не текст в UTF-8"};
    workbook_->text = columns_[c].title;
    const auto status =
        worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c), workbook_->text.c_str(), workbook_->header);
    if (status != LXW_NO_ERROR) return failure(status);
  }
  row_ = 1;
  return Ok{};
}

Result<Ok> Writer::add_row(std::span<const Cell> cells) {
  if (!workbook_->handle) return finished();
  if (!sheet_) return Error{"xlsx_no_sheet", "строка пишется до первого листа файла Excel"};
  if (cells.size() > columns_.size())
    return Error{"xlsx_too_many_cells", "в строке больше ячеек, чем столбцов на листе", static_cast<int>(row_ + 1)};
  if (row_ >= kMaxRows) return failure(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);

  for (std::size_t c = 0; c < cells.size(); ++c) {
    const auto column = static_cast<lxw_col_t>(c);
    lxw_error status = LXW_NO_ERROR;
    if (const auto* text = std::get_if<std::string_view>(&cells[c])) {
      if (text->empty()) continue;
      if (!text::valid_utf8(*text))
        return Error{"xlsx_bad_text", "текст ячейки — не UTF-8", static_cast<int>(row_ + 1), columns_[c].title};
      workbook_->text.assign(*text);
      status = worksheet_write_string(sheet_, row_, column, workbook_->text.c_str(), nullptr);
    } else if (const auto* whole = std::get_if<std::int64_t>(&cells[c])) {
      status = worksheet_write_number(sheet_, row_, column, static_cast<double>(*whole), formats_[c]);
    } else if (const auto* decimal = std::get_if<double>(&cells[c])) {
      if (!std::isfinite(*decimal)) continue;
      status = worksheet_write_number(sheet_, row_, column, *decimal, formats_[c]);
    }
    if (status != LXW_NO_ERROR) {
      auto error = failure(status);
      error.line = static_cast<int>(row_ + 1);
      error.column = columns_[c].title;
      return error;
    }
  }
  ++row_;
  return Ok{};
}

Result<Ok> Writer::finish(const Sink& sink) {
  if (!workbook_->handle) return finished();
  if (auto closed = close_sheet(); !closed) return closed;
  // A workbook needs a sheet to open in Excel.
  if (sheet_names_.empty()) workbook_add_worksheet(workbook_->handle, "Лист 1");
  const auto status = workbook_close(std::exchange(workbook_->handle, nullptr));  // frees it, whatever the outcome
  if (status != LXW_NO_ERROR) return failure(status);

  std::ifstream in(file_->path(), std::ios::binary);
  if (!in) return failure(LXW_ERROR_CREATING_XLSX_FILE);
  std::string chunk(kChunk, '\0');
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    if (const auto got = in.gcount(); got > 0) sink(std::string_view(chunk.data(), static_cast<std::size_t>(got)));
  }
  const bool read = !in.bad();
  in.close();
  file_.reset();
  if (!read) return failure(LXW_ERROR_READING_TMPFILE);
  return Ok{};
}

}  // namespace nok::xlsx
