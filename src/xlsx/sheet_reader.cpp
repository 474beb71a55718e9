#include "xlsx/sheet_reader.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "core/parse_number.h"
#include "core/text.h"
#include "xlsx/cell_reference.h"
#include "xlsx/refusals.h"

namespace nok::xlsx {
namespace {

// Gathers the text of a string item or a cell as the stream passes its nodes: what is
// inside <t> (or a cell's <v>), leaving out phonetic hints (<rPh>). Refuses to grow past
// `limit` bytes.
class ItemText {
 public:
  explicit ItemText(std::size_t limit) : limit_(limit) {}

  // Takes in one node of the item; false when its text would pass the limit.
  bool feed(const XmlStream& xml) {
    if (xml.is_start("rPh")) ++hints_;
    else if (xml.is_end("rPh")) --hints_;
    else if (xml.is_start("t") || xml.is_start("v")) inside_ = true;
    else if (xml.is_end("t") || xml.is_end("v")) inside_ = false;
    else if (xml.node() == XmlStream::Node::text && inside_ && hints_ == 0) {
      if (xml.text().size() > limit_ - text_.size()) return false;
      text_ += xml.text();
    }
    return true;
  }
  const std::string& text() const { return text_; }
  std::string take() {
    hints_ = 0;
    inside_ = false;
    return std::exchange(text_, {});
  }

 private:
  std::size_t limit_;
  std::string text_;
  int hints_ = 0;
  bool inside_ = false;
};

// Builds the table row by row, counting before each growth.
class Sheet {
 public:
  Sheet(const std::vector<std::string>& shared, const Limits& limits)
      : shared_(shared), limits_(limits), value_(limits.cell_bytes) {}

  Result<Ok> start_row(const std::string& number) {
    if (number.empty()) ++row_;
    else if (auto parsed = parse_row_number(number)) row_ = *parsed;
    else return bad_reference(row_ + 1, number);
    fields_.clear();
    return Ok{};
  }

  Result<Ok> start_cell(const std::string& reference, std::string type) {
    std::size_t column = fields_.size();  // a writer may leave out references: the next column
    if (!reference.empty()) {
      const auto parsed = parse_cell_reference(reference);
      if (!parsed) return bad_reference(row_, reference);
      column = parsed->column;
    }
    if (column >= limits_.columns) return too_many_columns(limits_.columns, row_, column_letters(column));
    const std::size_t padding = column >= fields_.size() ? column + 1 - fields_.size() : 0;
    if (padding > limits_.cells - cells_) return too_large();
    cells_ += std::max<std::size_t>(padding, 1);  // a cell written twice is counted twice: it was read twice
    fields_.resize(fields_.size() + padding);
    column_ = column;
    type_ = std::move(type);
    in_cell_ = true;
    return Ok{};
  }

  // A node inside the current cell, if there is one.
  Result<Ok> feed(const XmlStream& xml) {
    if (in_cell_ && !value_.feed(xml)) return cell_too_long(row_, column_letters(column_));
    return Ok{};
  }

  Result<Ok> end_cell() {
    in_cell_ = false;
    const std::string value = value_.take();
    if (type_ != "s") return store(value);  // inline strings, numbers, booleans ("1"/"0"), formulas' cached values
    // The index of a shared string, whose text is counted before it is copied.
    const auto index = text::parse_integer<std::size_t>(value);
    if (!index || *index >= shared_.size()) return store("");
    return store(shared_[*index]);
  }

  Result<Ok> end_row() {
    while (!fields_.empty() && text::trim(fields_.back()).empty()) fields_.pop_back();
    if (fields_.empty()) return Ok{};  // a blank row, as in CSV
    if (!have_header_) {
      for (auto& name : fields_) table_.header.emplace_back(text::trim(name));
      have_header_ = true;
      return Ok{};
    }
    if (table_.records.size() >= limits_.rows) return too_many_rows(limits_.rows, row_);
    // Trailing empty cells are not stored in a sheet: a short row means empty answers.
    if (fields_.size() < table_.header.size()) {
      const std::size_t padding = table_.header.size() - fields_.size();
      if (padding > limits_.cells - cells_) return too_large();
      cells_ += padding;
      fields_.resize(table_.header.size());
    }
    table_.records.push_back({row_, std::move(fields_)});
    fields_ = {};
    return Ok{};
  }

  Result<csv::Table> finish(bool had_data) {
    if (!had_data) return not_a_workbook("в листе нет данных");
    if (!have_header_) return not_a_workbook("первый лист пуст");
    return std::move(table_);
  }

 private:
  Result<Ok> store(std::string_view value) {
    if (value.size() > limits_.text_bytes - text_bytes_) return too_large();
    text_bytes_ += value.size();
    fields_[column_].assign(value);
    return Ok{};
  }

  const std::vector<std::string>& shared_;
  const Limits& limits_;
  csv::Table table_;
  bool have_header_ = false;
  std::size_t cells_ = 0, text_bytes_ = 0;
  int row_ = 0;
  std::vector<std::string> fields_;  // of the current row
  bool in_cell_ = false;
  std::size_t column_ = 0;
  std::string type_;
  ItemText value_;
};

}  // namespace

Result<std::vector<std::string>> read_shared_strings(XmlStream& part, const Limits& limits) {
  std::vector<std::string> out;
  ItemText item(limits.cell_bytes);
  bool in_item = false;
  while (part.next()) {
    if (part.is_start("si")) {
      if (out.size() >= limits.cells) return too_large();
      in_item = true;
    } else if (part.is_end("si")) {
      out.push_back(item.take());
      in_item = false;
    } else if (in_item && !item.feed(part)) {
      return shared_string_too_long();
    }
  }
  if (part.failed()) return part.error();
  return out;
}

Result<csv::Table> read_sheet(XmlStream& part, const std::vector<std::string>& shared, const Limits& limits) {
  Sheet sheet(shared, limits);
  bool in_data = false, had_data = false;
  while (part.next()) {
    Result<Ok> step = Ok{};
    if (part.is_start("sheetData")) in_data = had_data = true;
    else if (part.is_end("sheetData")) in_data = false;
    else if (!in_data) continue;
    else if (part.is_start("row")) step = sheet.start_row(part.attribute("r"));
    else if (part.is_end("row")) step = sheet.end_row();
    else if (part.is_start("c")) step = sheet.start_cell(part.attribute("r"), part.attribute("t"));
    else if (part.is_end("c")) step = sheet.end_cell();
    else step = sheet.feed(part);
    if (!step) return step.error();
  }
  if (part.failed()) return part.error();
  return sheet.finish(had_data);
}

}  // namespace nok::xlsx
