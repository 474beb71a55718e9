#include "xlsx/writer.h"

#include <zip.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <optional>

#include "core/text.h"
#include "core/xml_text.h"
#include "xlsx/cell_reference.h"
#include "xlsx/package_parts.h"
#include "xlsx/sheet_name.h"
#include "xlsx/temp_file.h"

namespace nok::xlsx {
namespace {

constexpr std::size_t kMaxColumns = 16'384;
constexpr std::size_t kMaxCellCharacters = 32'767;
constexpr std::size_t kChunk = 64 * 1024;
constexpr zip_uint32_t kFastest = 1;  // zlib's level: see writer.h

// The <dimension> of a sheet is known only when its last row is written, but comes before
// its rows: a placeholder this long (the longest range, "A1:XFD1048576") is written first
// and the range written over it at the end, padded with spaces.
constexpr std::size_t kDimensionWidth = sizeof("<dimension ref=\"A1:XFD1048576\"/>") - 1;

Error write_failed(const std::string& detail) {
  return {"xlsx_write_failed", "не удалось записать файл Excel (" + detail + "): проверьте место во временном каталоге"};
}

Error finished() { return {"xlsx_finished", "файл Excel уже записан"}; }

// Excel's stored width for a width in characters: five pixels of padding around digits of
// seven, in 1/256 of a character (what Excel writes for a column it was told to make that wide).
double stored_width(double characters) {
  const double pixels = characters < 1 ? std::floor(characters * 12 + 0.5) : std::floor(characters * 7 + 0.5) + 5;
  return std::floor(pixels / 7 * 256) / 256;
}

void append_number(std::string& out, double value) {
  char digits[32];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out.append(digits, end);
}

void append_number(std::string& out, std::int64_t value) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out.append(digits, end);
}

// Starts a cell: <c r="B12" with its style unless it has none (General).
void open_cell(std::string& out, std::string_view letters, std::string_view row, int style) {
  out += "<c r=\"";
  out += letters;
  out += row;
  if (style != 0) {
    out += "\" s=\"";
    append_number(out, std::int64_t{style});
  }
  out += '"';
}

// An inline string cell: text is never a formula or a number. Leading or trailing spaces
// are kept only when the text says so (xml:space).
void append_text_cell(std::string& out, std::string_view letters, std::string_view row, std::string_view text,
                      int style) {
  open_cell(out, letters, row, style);
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  const bool keep = space(text.front()) || space(text.back());
  out += keep ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>";
  out += text::xml_text(text);
  out += "</t></is></c>";
}

}  // namespace

// What a Writer holds: the workbook's file, the sheets' files, and the sheet being written.
struct Writer::State {
  // A sheet being written: its file, open until the sheet is closed.
  struct Sheet {
    TempFile file;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> out{nullptr, std::fclose};
    long dimension_at = 0;  // where the placeholder of its <dimension> starts
  };

  explicit State(TempFile file) : file_(std::move(file)) {}
  Result<Ok> add_sheet(std::string_view name, std::vector<Column> columns);
  Result<Ok> add_row(std::span<const Cell> cells);
  Result<Ok> finish(const Sink& sink);
  Result<Ok> start_sheet(std::string_view name, std::vector<Column> columns);
  Result<Ok> write(std::string_view xml);
  Result<Ok> close_sheet();
  Result<Ok> pack();

  // Members go in reverse order: the sheets' files (closed first) before the workbook's.
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

Writer::Writer(std::unique_ptr<State> state) : state_(std::move(state)) {}
Writer::Writer(Writer&&) noexcept = default;
Writer::~Writer() = default;

Result<Writer> Writer::open() {
  auto file = TempFile::create(".xlsx");
  if (!file) return file.error();
  return Writer(std::make_unique<State>(std::move(*file)));
}

Result<Ok> Writer::add_sheet(std::string_view name, std::vector<Column> columns) {
  return state_->add_sheet(name, std::move(columns));
}
Result<Ok> Writer::add_row(std::span<const Cell> cells) { return state_->add_row(cells); }
Result<Ok> Writer::finish(const Sink& sink) { return state_->finish(sink); }
std::uint32_t Writer::rows_in_sheet() const { return state_->row_; }

Result<Ok> Writer::State::write(std::string_view xml) {
  if (std::fwrite(xml.data(), 1, xml.size(), sheet_->out.get()) != xml.size()) return write_failed(std::strerror(errno));
  return Ok{};
}

Result<Ok> Writer::State::start_sheet(std::string_view name, std::vector<Column> columns) {
  if (auto closed = close_sheet(); !closed) return closed;
  auto file = TempFile::create(".xml");
  if (!file) return file.error();
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(file->path().c_str(), "wb"), std::fclose);
  if (!out) return write_failed(std::strerror(errno));
  std::setvbuf(out.get(), nullptr, _IOFBF, kChunk);
  sheet_.emplace(Sheet{std::move(*file), std::move(out), 0});
  std::vector<std::string> taken;
  for (const auto& entry : entries_) taken.push_back(entry.name);
  entries_.push_back({sheet_name(name, taken), ""});
  columns_ = std::move(columns);
  letters_.clear();
  styles_.clear();
  row_ = 0;

  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
  sheet_->dimension_at = static_cast<long>(xml.size());
  xml += "<dimension ref=\"A1\"/>";
  xml.resize(static_cast<std::size_t>(sheet_->dimension_at) + kDimensionWidth, ' ');
  if (columns_.empty()) return write(xml + "<sheetData>");
  // The first sheet is the one Excel shows on opening; every sheet keeps its header in view.
  xml += std::string("<sheetViews><sheetView") + (entries_.size() == 1 ? " tabSelected=\"1\"" : "") +
         " workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
         "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>";
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const auto& column = columns_[c];
    letters_.push_back(column_letters(c));
    styles_.push_back(column.kind == CellKind::text      ? 0
                      : column.kind == CellKind::integer ? parts::number_style(0)
                                                         : parts::number_style(std::clamp(column.decimals, 0, parts::kMaxPlaces)));
    const double width = column.width > 0 ? column.width
                                          : std::max(10.0, static_cast<double>(text::length(column.title)) + 2);
    const std::string index = std::to_string(c + 1);
    xml += "<col min=\"" + index + "\" max=\"" + index + "\" width=\"";
    append_number(xml, stored_width(width));
    xml += "\" customWidth=\"1\"/>";
  }
  xml += "</cols><sheetData><row r=\"1\">";
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    if (!text::valid_utf8(columns_[c].title)) return Error{"xlsx_bad_text", "заголовок столбца — не текст в UTF-8"};
    if (!columns_[c].title.empty()) append_text_cell(xml, letters_[c], "1", columns_[c].title, parts::kHeaderStyle);
  }
  row_ = 1;
  return write(xml + "</row>");
}

Result<Ok> Writer::State::add_sheet(std::string_view name, std::vector<Column> columns) {
  if (finished_) return finished();
  if (columns.empty() || columns.size() > kMaxColumns)
    return Error{"xlsx_bad_columns", "у листа Excel должно быть от 1 до 16 384 столбцов"};
  return start_sheet(name, std::move(columns));
}

Result<Ok> Writer::State::add_row(std::span<const Cell> cells) {
  if (finished_) return finished();
  if (!sheet_) return Error{"xlsx_no_sheet", "строка пишется до первого листа файла Excel"};
  if (cells.size() > columns_.size())
    return Error{"xlsx_too_many_cells", "в строке больше ячеек, чем столбцов на листе", static_cast<int>(row_ + 1)};
  if (row_ >= static_cast<std::uint32_t>(last_row))
    return Error{"xlsx_too_many_rows", "на листе больше 1 048 576 строк — столько Excel не открывает; выгрузите данные частями"};

  char digits[12];
  const std::string_view row(digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, row_ + 1).ptr - digits));
  std::string& xml = row_xml_;
  xml = "<row r=\"";
  (xml += row) += "\">";
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (const auto* text = std::get_if<std::string_view>(&cells[c])) {
      if (text->empty()) continue;
      if (!text::valid_utf8(*text))
        return Error{"xlsx_bad_text", "текст ячейки — не UTF-8", static_cast<int>(row_ + 1), columns_[c].title};
      if (text->size() > kMaxCellCharacters && text::length(*text) > kMaxCellCharacters)
        return Error{"xlsx_cell_too_long", "текст ячейки длиннее 32 767 знаков — столько Excel в ячейке не держит",
                     static_cast<int>(row_ + 1), columns_[c].title};
      append_text_cell(xml, letters_[c], row, *text, 0);
      continue;
    }
    const auto* whole = std::get_if<std::int64_t>(&cells[c]);
    const auto* decimal = std::get_if<double>(&cells[c]);
    if (!whole && (!decimal || !std::isfinite(*decimal))) continue;
    open_cell(xml, letters_[c], row, styles_[c]);
    xml += "><v>";
    if (whole) append_number(xml, *whole);
    else append_number(xml, *decimal);
    xml += "</v></c>";
  }
  xml += "</row>";
  if (auto written = write(xml); !written) {
    auto error = written.error();
    error.line = static_cast<int>(row_ + 1);
    return error;
  }
  ++row_;
  return Ok{};
}

Result<Ok> Writer::State::close_sheet() {
  if (!sheet_) return Ok{};
  auto& entry = entries_.back();
  std::string tail = "</sheetData>", range = "A1";
  if (!columns_.empty()) {
    // The autofilter spans the rows written; its range can only be known now.
    range += ":" + letters_.back() + std::to_string(std::max<std::uint32_t>(row_, 1));
    entry.filter = range;
    tail += "<autoFilter ref=\"" + range + "\"/>";
  }
  tail += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
  auto written = write(tail);
  const std::string dimension = "<dimension ref=\"" + range + "\"/>";
  if (written && (std::fseek(sheet_->out.get(), sheet_->dimension_at, SEEK_SET) != 0 ||
                  std::fwrite(dimension.data(), 1, dimension.size(), sheet_->out.get()) != dimension.size()))
    written = write_failed(std::strerror(errno));
  if (written && std::fclose(sheet_->out.release()) != 0) written = write_failed(std::strerror(errno));
  sheet_files_.push_back(std::move(sheet_->file));
  sheet_.reset();
  return written;
}

Result<Ok> Writer::State::pack() {
  int status = 0;
  zip_t* zip = zip_open(file_->path().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &status);
  if (!zip) return write_failed("zip_open " + std::to_string(status));
  std::vector<std::pair<std::string, std::string>> parts{
      {"[Content_Types].xml", parts::content_types(sheet_files_.size())},
      {"_rels/.rels", parts::package_relationships()},
      {"xl/workbook.xml", parts::workbook(entries_)},
      {"xl/_rels/workbook.xml.rels", parts::workbook_relationships(sheet_files_.size())},
      {"xl/styles.xml", parts::styles()}};
  auto add = [&](const std::string& name, zip_source_t* source) {
    if (!source) return false;
    const auto index = zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      return false;
    }
    const auto entry = static_cast<zip_uint64_t>(index);
    // rw-r--r-- for every part, not the temporary files' own rw-------.
    return zip_set_file_compression(zip, entry, ZIP_CM_DEFLATE, kFastest) == 0 &&
           zip_file_set_external_attributes(zip, entry, 0, ZIP_OPSYS_UNIX, 0100644u << 16) == 0;
  };
  bool added = true;
  for (const auto& [name, text] : parts)  // the texts outlive zip_close
    added = added && add(name, zip_source_buffer(zip, text.data(), text.size(), 0));
  for (std::size_t i = 0; i < sheet_files_.size(); ++i)
    added = added && add("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml",
                         zip_source_file(zip, sheet_files_[i].path().c_str(), 0, -1));
  if (!added || zip_close(zip) != 0) {
    const std::string detail = zip_error_strerror(zip_get_error(zip));
    zip_discard(zip);
    return write_failed(detail);
  }
  sheet_files_.clear();
  return Ok{};
}

Result<Ok> Writer::State::finish(const Sink& sink) {
  if (finished_) return finished();
  finished_ = true;
  if (auto closed = close_sheet(); !closed) return closed;
  // A workbook needs a sheet to open in Excel.
  if (entries_.empty()) {
    if (auto started = start_sheet("Лист 1", {}); !started) return started;
    if (auto closed = close_sheet(); !closed) return closed;
  }
  if (auto packed = pack(); !packed) return packed;

  std::ifstream in(file_->path(), std::ios::binary);
  if (!in) return write_failed(std::strerror(errno));
  std::string chunk(kChunk, '\0');
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    if (const auto got = in.gcount(); got > 0) sink(std::string_view(chunk.data(), static_cast<std::size_t>(got)));
  }
  const bool read = !in.bad();
  in.close();
  file_.reset();
  if (!read) return write_failed("чтение временного файла");
  return Ok{};
}

}  // namespace nok::xlsx
