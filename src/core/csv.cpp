#include "core/csv.h"

#include "core/text.h"

namespace nok::csv {
namespace {

char sniff_delimiter(std::string_view data) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : data) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    commas += c == ',';
    semicolons += c == ';';
  }
  return semicolons > commas ? ';' : ',';
}

bool blank(const Record& r) {
  return r.fields.size() == 1 && text::trim(r.fields[0]).empty();
}

}  // namespace

std::optional<std::size_t> Table::column(std::string_view name) const {
  const std::string wanted = text::fold(name);
  for (std::size_t i = 0; i < header.size(); ++i)
    if (text::fold(header[i]) == wanted) return i;
  return std::nullopt;
}

Result<Table> parse(std::string_view data) {
  if (data.starts_with("\xEF\xBB\xBF")) data.remove_prefix(3);
  Table table;
  table.delimiter = sniff_delimiter(data);

  int line = 1;
  Record current{line, {}};
  std::string field;
  bool quoted = false, field_was_quoted = false;
  int quote_line = 0;
  auto end_record = [&] {
    current.fields.push_back(std::move(field));
    field.clear();
    field_was_quoted = false;
    if (!blank(current)) table.records.push_back(std::move(current));
    current = Record{line, {}};
  };

  for (std::size_t i = 0; i < data.size(); ++i) {
    char c = data[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < data.size() && data[i + 1] == '"') { field += '"'; ++i; }
        else quoted = false;
      } else {
        if (c == '\n') ++line;
        if (!(c == '\r' && i + 1 < data.size() && data[i + 1] == '\n')) field += c;
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_was_quoted) { quoted = field_was_quoted = true; quote_line = line; }
    else if (c == table.delimiter) { current.fields.push_back(std::move(field)); field.clear(); field_was_quoted = false; }
    else if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n') continue;
    else if (c == '\n') { ++line; end_record(); }
    else field += c;
  }
  if (quoted)
    return Error{"csv_unterminated_quote",
                 "кавычка не закрыта до конца файла — файл обрезан или повреждён", quote_line};
  if (!field.empty() || !current.fields.empty()) end_record();

  if (table.records.empty()) return Error{"csv_empty", "файл пуст: нет строки заголовка", 1};
  for (const auto& r : table.records)
    for (const auto& f : r.fields)
      if (!text::valid_utf8(f))
        return Error{"csv_encoding", "текст не в кодировке UTF-8 (сохраните файл как «CSV UTF-8»)", r.line};

  for (auto& h : table.records.front().fields) table.header.emplace_back(text::trim(h));
  table.records.erase(table.records.begin());
  return table;
}

std::string escape(std::string_view field, char delimiter) {
  if (field.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string_view::npos)
    return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

}  // namespace nok::csv
