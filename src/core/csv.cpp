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

// Starts, after any apostrophes, with a character a spreadsheet takes as the start of a
// formula (OWASP's list: = + - @, and tab and CR, which some spreadsheets skip before one).
bool formula_like(std::string_view text) {
  const auto first = text.find_first_not_of('\'');
  return first != std::string_view::npos && std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos;
}

// -?digits[.digits], or nothing: what nok writes for a number or for no data.
bool plain_decimal(std::string_view text) {
  if (text.starts_with('-')) text.remove_prefix(1);
  else if (text.empty()) return true;
  const auto digits = [](std::string_view part) {
    return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
  };
  const auto point = text.find('.');
  return digits(text.substr(0, point)) && (point == std::string_view::npos || digits(text.substr(point + 1)));
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

std::string text_cell(std::string_view text, char delimiter) {
  std::string out = formula_like(text) ? "'" : "";
  if (text.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string_view::npos)
    return out.append(text);
  out.insert(0, 1, '"');
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string number_cell(std::string_view number, char delimiter) {
  return plain_decimal(number) ? std::string(number) : text_cell(number, delimiter);
}

std::string_view original_text(std::string_view field) {
  return field.starts_with('\'') && formula_like(field.substr(1)) ? field.substr(1) : field;
}

Writer& Writer::text(std::string_view value) { return add(text_cell(value)); }

Writer& Writer::number(std::string_view value) { return add(number_cell(value)); }

Writer& Writer::add(std::string cell) {
  if (row_started_) out_ += ',';
  out_ += cell;
  row_started_ = true;
  return *this;
}

Writer& Writer::end_row() {
  out_ += line_end_;
  row_started_ = false;
  return *this;
}

}  // namespace nok::csv
