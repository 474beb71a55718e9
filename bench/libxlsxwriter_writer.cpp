// The benchmarks' baseline for the XLSX writer: xlsx::Writer (src/xlsx/writer.h, whose
// contracts it keeps) written over libxlsxwriter in its constant-memory mode, as the exports
// were written before the writer of our own — the same workbook (bold frozen header,
// autofilter, column widths, "#,##0" formats, text never a formula) into libxlsxwriter's
// temporary files, then streamed. A bench linked with this file gets this Writer instead of
// the library's (bench/CMakeLists.txt), so both are measured on the same export code and
// reads. A bench's failures need no Russian: each is libxlsxwriter's own message.
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "core/text.h"
#include "xlsx/sheet_name.h"
#include "xlsx/temp_file.h"
#include "xlsx/writer.h"

namespace nok::xlsx {
namespace {

Error failure(lxw_error error) { return {"xlsx_write_failed", lxw_strerror(error)}; }

std::string number_format(const Column& column) {
  const int places = column.kind == CellKind::decimal ? std::clamp(column.decimals, 0, 6) : 0;
  return places == 0 ? "#,##0" : "#,##0." + std::string(static_cast<std::size_t>(places), '0');
}

}  // namespace

// The workbook's file and the libxlsxwriter workbook, which owns the sheets and the formats.
struct Writer::State {
  explicit State(TempFile file) : file(std::move(file)) {}
  ~State() {
    if (!workbook) return;
    // libxlsxwriter closes the sheets' temporary files only in workbook_close.
    for (auto* sheet : sheets)
      if (sheet->optimize_tmpfile) std::fclose(std::exchange(sheet->optimize_tmpfile, nullptr));
    lxw_workbook_free(workbook);
  }
  lxw_format* number(const std::string& format) {
    auto& found = numbers[format];
    if (!found) {
      found = workbook_add_format(workbook);
      format_set_num_format(found, format.c_str());
    }
    return found;
  }
  Result<Ok> close_sheet() {
    if (!sheet) return Ok{};
    const auto last_row = std::max<std::uint32_t>(row, 1) - 1;
    const auto status = worksheet_autofilter(sheet, 0, 0, last_row, static_cast<lxw_col_t>(columns.size() - 1));
    sheet = nullptr;
    if (status != LXW_NO_ERROR) return failure(status);
    return Ok{};
  }

  std::optional<TempFile> file;  // until finish() has streamed it; removed after the workbook
  lxw_workbook* workbook = nullptr;
  std::vector<lxw_worksheet*> sheets;
  std::vector<std::string> sheet_names;
  lxw_format* header = nullptr;
  std::map<std::string, lxw_format*> numbers;
  lxw_worksheet* sheet = nullptr;  // the one being written
  std::vector<Column> columns;
  std::vector<lxw_format*> formats;  // per column
  std::string text;                  // a cell's text with the terminating NUL libxlsxwriter needs
  std::uint32_t row = 0;
};

Result<Writer> Writer::open() {
  auto file = TempFile::create(".xlsx");
  if (!file) return file.error();
  auto state = std::make_unique<State>(std::move(*file));
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows go to disk as they are written
  state->workbook = workbook_new_opt(state->file->path().c_str(), &options);
  if (!state->workbook) return failure(LXW_ERROR_MEMORY_MALLOC_FAILED);
  state->header = workbook_add_format(state->workbook);
  format_set_bold(state->header);
  return Writer(std::move(state));
}

Result<Ok> Writer::add_sheet(std::string_view name, std::vector<Column> columns) {
  auto& s = *state_;
  if (!s.workbook || columns.empty()) return failure(LXW_ERROR_PARAMETER_VALIDATION);
  if (auto closed = s.close_sheet(); !closed) return closed;
  const auto title = sheet_name(name, s.sheet_names);
  s.sheet = workbook_add_worksheet(s.workbook, title.c_str());
  if (!s.sheet) return failure(LXW_ERROR_PARAMETER_VALIDATION);
  s.sheets.push_back(s.sheet);
  s.sheet_names.push_back(title);
  s.columns = std::move(columns);
  s.formats.clear();
  for (std::size_t c = 0; c < s.columns.size(); ++c) {
    const auto& column = s.columns[c];
    s.formats.push_back(column.kind == CellKind::text ? nullptr : s.number(number_format(column)));
    const double width =
        column.width > 0 ? column.width : std::max(10.0, static_cast<double>(text::length(column.title)) + 2);
    // Widths must precede the rows: constant-memory mode writes the columns' part first.
    worksheet_set_column(s.sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
  }
  worksheet_freeze_panes(s.sheet, 1, 0);
  for (std::size_t c = 0; c < s.columns.size(); ++c) {
    s.text = s.columns[c].title;
    const auto status = worksheet_write_string(s.sheet, 0, static_cast<lxw_col_t>(c), s.text.c_str(), s.header);
    if (status != LXW_NO_ERROR) return failure(status);
  }
  s.row = 1;
  return Ok{};
}

Result<Ok> Writer::add_row(std::span<const Cell> cells) {
  auto& s = *state_;
  if (!s.workbook || !s.sheet || cells.size() > s.columns.size()) return failure(LXW_ERROR_PARAMETER_VALIDATION);
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const auto column = static_cast<lxw_col_t>(c);
    lxw_error status = LXW_NO_ERROR;
    if (const auto* text = std::get_if<std::string_view>(&cells[c])) {
      if (text->empty()) continue;
      if (!text::valid_utf8(*text)) return failure(LXW_ERROR_PARAMETER_VALIDATION);
      s.text.assign(*text);
      status = worksheet_write_string(s.sheet, s.row, column, s.text.c_str(), nullptr);
    } else if (const auto* whole = std::get_if<std::int64_t>(&cells[c])) {
      status = worksheet_write_number(s.sheet, s.row, column, static_cast<double>(*whole), s.formats[c]);
    } else if (const auto* decimal = std::get_if<double>(&cells[c]); decimal && std::isfinite(*decimal)) {
      status = worksheet_write_number(s.sheet, s.row, column, *decimal, s.formats[c]);
    }
    if (status != LXW_NO_ERROR) return failure(status);
  }
  ++s.row;
  return Ok{};
}

Result<Ok> Writer::finish(const Sink& sink) {
  auto& s = *state_;
  if (!s.workbook) return failure(LXW_ERROR_PARAMETER_VALIDATION);
  if (auto closed = s.close_sheet(); !closed) return closed;
  if (s.sheet_names.empty()) workbook_add_worksheet(s.workbook, "Лист 1");
  const auto status = workbook_close(std::exchange(s.workbook, nullptr));  // frees it, whatever the outcome
  if (status != LXW_NO_ERROR) return failure(status);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(s.file->path().c_str(), "rb"), std::fclose);
  if (!in) return failure(LXW_ERROR_READING_TMPFILE);
  std::string chunk(64 * 1024, '\0');
  while (const auto got = std::fread(chunk.data(), 1, chunk.size(), in.get())) sink(std::string_view(chunk.data(), got));
  const bool read = !std::ferror(in.get());
  in.reset();
  s.file.reset();
  if (!read) return failure(LXW_ERROR_READING_TMPFILE);
  return Ok{};
}

std::uint32_t Writer::rows_in_sheet() const { return state_->row; }

Writer::Writer(std::unique_ptr<State> state) : state_(std::move(state)) {}
Writer::Writer(Writer&&) noexcept = default;
Writer::~Writer() = default;

}  // namespace nok::xlsx
