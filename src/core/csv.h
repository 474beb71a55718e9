#pragma once
#include <optional>
#include <string>
#include <string_view>
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

// Quotes a field for writing when it holds a delimiter, quote or line break.
std::string escape(std::string_view field, char delimiter = ',');

}  // namespace nok::csv
