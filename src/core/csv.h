#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace nok::csv {

struct Record {
  int line = 0;  // physical line where the record starts (1-based, header is line 1)
  std::vector<std::string> fields;
};

struct Table {
  std::vector<std::string> header;  // trimmed, BOM removed
  std::vector<Record> records;      // blank lines skipped
  char delimiter = ',';

  // Index of a header column, compared case-insensitively (Cyrillic too); nullopt if absent.
  std::optional<std::size_t> column(std::string_view name) const;
};

// Parses what people and spreadsheets actually write: UTF-8 with or without a BOM,
// LF or CRLF, comma or semicolon (sniffed from the header line, as Russian Excel writes
// semicolons), RFC 4180 quoting with doubled quotes and line breaks inside quotes.
// Fails on invalid UTF-8 or an unterminated quote (a truncated file), naming the line.
Result<Table> parse(std::string_view data);

// Writing. Files nok writes are opened in spreadsheets, which run a cell that starts with
// = + - @ as a formula (some skip a leading tab or CR first): =HYPERLINK(...) in a citizen's
// text would become a live link in an official's Excel. So each cell is written typed:
// - text that starts, after any apostrophes, with = + - @ TAB or CR gets one apostrophe in
//   front (OWASP's rule against CSV injection; counting the apostrophes already there keeps
//   `original_text` an exact inverse), then RFC 4180 quotes when it holds the delimiter, a
//   quote or a line break;
// - a number ("-1.5", "42", "" for no data) is written as is, so a negative number stays a
//   number; anything else given as a number is written as text.

// One text cell, neutralised and quoted as above.
std::string text_cell(std::string_view text, char delimiter = ',');

// One number cell: a plain decimal (-?digits[.digits]) or empty as is, else text_cell.
std::string number_cell(std::string_view number, char delimiter = ',');

// The text a text cell was written from: drops the apostrophe `text_cell` added, and
// only that one (a field that does not start with an apostrophe before = + - @ TAB CR
// is returned whole). Importers of files nok writes apply it so that exports read back.
std::string_view original_text(std::string_view field);

// Rows of cells, each typed, separated by commas and ended by `line_end`.
class Writer {
 public:
  explicit Writer(std::string line_end = "\r\n") : line_end_(std::move(line_end)) {}

  Writer& text(std::string_view value);    // a text_cell
  Writer& number(std::string_view value);  // a number_cell
  // Ends the row (a row with no cells is an empty line).
  Writer& end_row();
  // What was written; the writer is empty afterwards.
  std::string take() { return std::exchange(out_, {}); }

 private:
  Writer& add(std::string cell);

  std::string out_;
  std::string line_end_;
  bool row_started_ = false;
};

}  // namespace nok::csv
