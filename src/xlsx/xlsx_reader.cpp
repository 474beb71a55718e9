#include "xlsx/xlsx_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/text.h"

namespace nok::xlsx {
namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;
using Entry = std::unique_ptr<zip_file_t, decltype(&zip_fclose)>;
using Document = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

Error not_a_workbook(std::string detail) {
  return {"xlsx_not_a_workbook", "файл не является книгой Excel (.xlsx): " + std::move(detail)};
}
Error too_large() {
  return {"xlsx_too_large", "книга Excel слишком велика в распакованном виде — разбейте её на несколько файлов"};
}

// Reads parts of the archive within the byte budget of `limits`.
class Parts {
 public:
  Parts(zip_t* archive, const Limits& limits) : archive_(archive), limits_(limits) {}

  // The part's bytes; nullopt when the archive has no such part. Inflates at most the
  // part limit (+1 to notice more), never trusting the sizes the archive declares.
  Result<std::optional<std::string>> read(const char* name) {
    const zip_int64_t index = zip_name_locate(archive_, name, 0);
    if (index < 0) return std::optional<std::string>{};
    Entry entry(zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0), &zip_fclose);
    if (!entry) return not_a_workbook(std::string("часть ") + name + " не читается");
    std::string out;
    char buffer[64 * 1024];
    for (;;) {
      const zip_int64_t n = zip_fread(entry.get(), buffer, sizeof buffer);
      if (n < 0) return not_a_workbook(std::string("часть ") + name + " повреждена");
      if (n == 0) break;
      out.append(buffer, static_cast<std::size_t>(n));
      used_ += static_cast<std::size_t>(n);
      if (out.size() > limits_.part_bytes || used_ > limits_.total_bytes) return too_large();
    }
    return std::optional<std::string>(std::move(out));
  }

 private:
  zip_t* archive_;
  const Limits& limits_;
  std::size_t used_ = 0;
};

// No network, no entity expansion, no DTD loading; errors are ours to report, not stderr's.
Result<Document> parse_xml(const std::string& text, const char* part) {
  Document doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), part, nullptr,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
               &xmlFreeDoc);
  if (!doc || !xmlDocGetRootElement(doc.get()))
    return Error{"xlsx_bad_xml", std::string("книга Excel повреждена: часть ") + part + " не является XML"};
  return doc;
}

bool named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

std::string attribute(const xmlNode* node, const char* name) {
  for (const xmlAttr* a = node->properties; a; a = a->next)
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0 && a->children && a->children->content)
      return reinterpret_cast<const char*>(a->children->content);
  return {};
}

std::string content(const xmlNode* node) {
  std::unique_ptr<xmlChar, decltype(xmlFree)> text(xmlNodeGetContent(node), xmlFree);
  return text ? reinterpret_cast<const char*>(text.get()) : "";
}

// The text of a string item: its <t>, or the <t> of each rich-text run (<r>), leaving out
// phonetic hints (<rPh>).
std::string string_item(const xmlNode* si) {
  std::string out;
  for (const xmlNode* child = si->children; child; child = child->next) {
    if (named(child, "t")) out += content(child);
    else if (named(child, "r"))
      for (const xmlNode* t = child->children; t; t = t->next)
        if (named(t, "t")) out += content(t);
  }
  return out;
}

const xmlNode* child_named(const xmlNode* parent, const char* name) {
  for (const xmlNode* child = parent->children; child; child = child->next)
    if (named(child, name)) return child;
  return nullptr;
}

// "AB12" → 27 (0-based column); nullopt when the reference has no letters.
std::optional<std::size_t> column_of(std::string_view reference) {
  std::size_t column = 0, letters = 0;
  for (char c : reference) {
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    if (++letters > 3) return std::nullopt;  // XFD is the last column Excel has
  }
  if (letters == 0) return std::nullopt;
  return column - 1;
}

// The first sheet's part: workbook.xml names it, the workbook's relationships locate it.
Result<std::string> first_sheet_path(Parts& parts) {
  auto workbook = parts.read("xl/workbook.xml");
  if (!workbook) return workbook.error();
  auto rels = parts.read("xl/_rels/workbook.xml.rels");
  if (!rels) return rels.error();
  if (!*workbook || !*rels) return not_a_workbook("нет описания книги (xl/workbook.xml)");
  auto book = parse_xml(**workbook, "xl/workbook.xml");
  if (!book) return book.error();
  const xmlNode* sheets = child_named(xmlDocGetRootElement(book->get()), "sheets");
  const xmlNode* sheet = sheets ? child_named(sheets, "sheet") : nullptr;
  if (!sheet) return not_a_workbook("в книге нет ни одного листа");
  const std::string id = attribute(sheet, "id");  // r:id, namespace prefix aside
  auto relations = parse_xml(**rels, "xl/_rels/workbook.xml.rels");
  if (!relations) return relations.error();
  for (const xmlNode* r = xmlDocGetRootElement(relations->get())->children; r; r = r->next) {
    if (!named(r, "Relationship") || attribute(r, "Id") != id) continue;
    std::string target = attribute(r, "Target");
    if (target.starts_with("/")) return target.substr(1);
    return "xl/" + target;
  }
  return not_a_workbook("лист книги не найден");
}

Result<std::vector<std::string>> shared_strings(Parts& parts) {
  std::vector<std::string> out;
  auto part = parts.read("xl/sharedStrings.xml");
  if (!part) return part.error();
  if (!*part) return out;  // a workbook with only numbers and inline strings has none
  auto doc = parse_xml(**part, "xl/sharedStrings.xml");
  if (!doc) return doc.error();
  for (const xmlNode* si = xmlDocGetRootElement(doc->get())->children; si; si = si->next)
    if (named(si, "si")) out.push_back(string_item(si));
  return out;
}

// A cell's value as text, by its type attribute.
std::string cell_text(const xmlNode* cell, const std::vector<std::string>& strings) {
  const std::string type = attribute(cell, "t");
  if (type == "inlineStr") {
    const xmlNode* is = child_named(cell, "is");
    return is ? string_item(is) : "";
  }
  const xmlNode* v = child_named(cell, "v");
  if (!v) return "";
  std::string value = content(v);
  if (type == "s") {
    std::size_t index = 0;
    try {
      index = std::stoul(value);
    } catch (const std::exception&) {
      return "";
    }
    return index < strings.size() ? strings[index] : "";
  }
  return value;  // numbers and booleans ("1"/"0") as written; formulas by their cached value
}

}  // namespace

bool looks_like_zip(std::string_view bytes) { return bytes.starts_with(std::string_view("PK\x03\x04", 4)); }

Result<csv::Table> read_first_sheet(std::string_view bytes, const Limits& limits) {
  if (!looks_like_zip(bytes)) return not_a_workbook("это не ZIP-архив");
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return not_a_workbook("архив не читается");
  Archive archive(zip_open_from_source(source, ZIP_RDONLY, &error), &zip_discard);
  zip_error_fini(&error);
  if (!archive) {
    zip_source_free(source);
    return not_a_workbook("архив повреждён");
  }
  Parts parts(archive.get(), limits);
  auto strings = shared_strings(parts);
  if (!strings) return strings.error();
  auto path = first_sheet_path(parts);
  if (!path) return path.error();
  auto part = parts.read(path->c_str());
  if (!part) return part.error();
  if (!*part) return not_a_workbook("нет листа " + *path);
  auto sheet = parse_xml(**part, path->c_str());
  if (!sheet) return sheet.error();
  const xmlNode* data = child_named(xmlDocGetRootElement(sheet->get()), "sheetData");
  if (!data) return not_a_workbook("в листе нет данных");

  csv::Table table;
  std::size_t cells = 0;
  int row_number = 0;
  bool have_header = false;
  for (const xmlNode* row = data->children; row; row = row->next) {
    if (!named(row, "row")) continue;
    const std::string r = attribute(row, "r");
    row_number = r.empty() ? row_number + 1 : std::atoi(r.c_str());
    std::vector<std::string> fields;
    for (const xmlNode* cell = row->children; cell; cell = cell->next) {
      if (!named(cell, "c")) continue;
      if (++cells > limits.cells) return too_large();
      const auto column = column_of(attribute(cell, "r")).value_or(fields.size());
      if (column >= fields.size()) fields.resize(column + 1);
      fields[column] = cell_text(cell, *strings);
    }
    while (!fields.empty() && text::trim(fields.back()).empty()) fields.pop_back();
    if (fields.empty()) continue;  // a blank row, as in CSV
    if (!have_header) {
      for (auto& name : fields) table.header.emplace_back(text::trim(name));
      have_header = true;
      continue;
    }
    // Trailing empty cells are not stored in a sheet: a short row means empty answers.
    if (fields.size() < table.header.size()) fields.resize(table.header.size());
    table.records.push_back({row_number, std::move(fields)});
  }
  if (!have_header) return not_a_workbook("первый лист пуст");
  return table;
}

}  // namespace nok::xlsx
