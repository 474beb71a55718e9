#include "app/scoring/exchange_csv.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/csv.h"
#include "core/text.h"

namespace nok::scoring {
namespace {

Error header_error(const ExchangeFormat& format, std::string suffix, std::string message, std::string_view column) {
  return {std::string(format.prefix) + suffix, std::move(message), 1, std::string(column)};
}

}  // namespace

Errors read_exchange(std::string_view csv_text, const ExchangeFormat& format, const RowHandler& on_row) {
  auto table = csv::parse(csv_text);
  if (!table) return {table.error()};
  return read_exchange(*table, format, on_row);
}

Errors read_exchange(const csv::Table& table, const ExchangeFormat& format, const RowHandler& on_row) {
  auto listed = [](std::span<const std::string_view> columns, std::string_view name) {
    return std::find(columns.begin(), columns.end(), name) != columns.end();
  };
  Errors errors;
  std::vector<std::string> header;
  for (const auto& name : table.header) header.push_back(text::fold(name));
  for (auto name = header.begin(); name != header.end(); ++name) {
    if (!listed(format.columns, *name) && !listed(format.optional_columns, *name))
      errors.push_back(header_error(format, "_unknown_column", "неизвестный столбец " + quoted(*name), *name));
    else if (std::find(header.begin(), name, *name) != name)
      errors.push_back(header_error(format, "_duplicate_column", "столбец " + quoted(*name) + " повторяется", *name));
  }
  for (auto column : format.columns)
    if (std::find(header.begin(), header.end(), column) == header.end())
      errors.push_back(header_error(format, "_missing_column", "нет обязательного столбца " + quoted(column), column));
  if (!errors.empty()) return errors;

  std::vector<Field> fields;
  for (const auto& record : table.records) {
    if (record.fields.size() != header.size()) {
      errors.push_back({std::string(format.prefix) + "_field_count",
                        "в строке " + std::to_string(record.fields.size()) + " полей, а в заголовке " +
                            std::to_string(header.size()),
                        record.line, ""});
      continue;
    }
    fields.clear();
    // A text nok wrote with an apostrophe against formulas (write_responses) reads back as it was.
    for (std::size_t i = 0; i < header.size(); ++i) fields.push_back({header[i], csv::original_text(record.fields[i])});
    for (auto& e : on_row(fields, record.line)) {
      e.line = record.line;
      errors.push_back(std::move(e));
    }
  }
  return errors;
}

}  // namespace nok::scoring
