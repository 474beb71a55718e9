#pragma once
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/error.h"
#include "domain/exchange/fields.h"

namespace nok::scoring {

// The columns of one exchange format.
struct ExchangeFormat {
  std::string_view prefix;                   // of error codes: "survey", "expert", "rating"
  std::span<const std::string_view> columns;  // every column the header must have
  std::span<const std::string_view> optional_columns = {};  // may be there; nothing else may
};

// "org" followed by the keys of `all` — the header of a per-organisation format.
template <class Range, class KeyOf>
std::vector<std::string_view> org_and_keys(const Range& all, KeyOf key_of) {
  std::vector<std::string_view> out{"org"};
  for (const auto& element : all) out.push_back(key_of(element));
  return out;
}

// Reads an exchange CSV (BOM, CRLF, semicolons and quoted line breaks welcome): checks
// the header once, then calls `on_row` with each row's fields and line, and stamps the
// errors it returns with that line. Every error of the file is returned, not just the first.
// A value that starts with an apostrophe before = + - @ is given without that apostrophe,
// which nok's CSV writers add and spreadsheets use to mark text (csv::original_text).
using RowHandler = std::function<Errors(Fields fields, int line)>;
Errors read_exchange(std::string_view csv_text, const ExchangeFormat& format, const RowHandler& on_row);
// The same over a table read already (a spreadsheet's first sheet, xlsx/xlsx_reader.h).
Errors read_exchange(const csv::Table& table, const ExchangeFormat& format, const RowHandler& on_row);

}  // namespace nok::scoring
