#include "xlsx/xlsx_reader.h"

#include <zip.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "xlsx/refusals.h"
#include "xlsx/sheet_reader.h"
#include "xlsx/xml_stream.h"

namespace nok::xlsx {
namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;
using Entry = std::unique_ptr<zip_file_t, decltype(&zip_fclose)>;

// Reads parts of the archive within the byte budget of `limits`.
class Parts {
 public:
  Parts(zip_t* archive, const Limits& limits) : archive_(archive), limits_(limits) {}

  // The part's bytes; nullopt when the archive has no such part. Inflates at most the
  // part limit (+1 to notice more), never trusting the sizes the archive declares.
  Result<std::optional<std::string>> read(const std::string& name) {
    const zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
    if (index < 0) return std::optional<std::string>{};
    Entry entry(zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0), &zip_fclose);
    if (!entry) return not_a_workbook("часть " + name + " не читается");
    std::string out;
    char buffer[64 * 1024];
    for (;;) {
      const zip_int64_t n = zip_fread(entry.get(), buffer, sizeof buffer);
      if (n < 0) return not_a_workbook("часть " + name + " повреждена");
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

// The r:id of the first <sheet> the workbook lists.
Result<std::string> first_sheet_id(const std::string& workbook) {
  XmlStream xml(workbook, "xl/workbook.xml");
  while (xml.next())
    if (xml.is_start("sheet")) return xml.attribute("id");  // r:id, namespace prefix aside
  if (xml.failed()) return xml.error();
  return not_a_workbook("в книге нет ни одного листа");
}

// The first sheet's part: workbook.xml names it, the workbook's relationships locate it.
Result<std::string> first_sheet_path(Parts& parts) {
  auto workbook = parts.read("xl/workbook.xml");
  if (!workbook) return workbook.error();
  auto rels = parts.read("xl/_rels/workbook.xml.rels");
  if (!rels) return rels.error();
  if (!*workbook || !*rels) return not_a_workbook("нет описания книги (xl/workbook.xml)");
  const auto id = first_sheet_id(**workbook);
  if (!id) return id.error();
  XmlStream relations(**rels, "xl/_rels/workbook.xml.rels");
  while (relations.next()) {
    if (!relations.is_start("Relationship") || relations.attribute("Id") != *id) continue;
    std::string target = relations.attribute("Target");
    if (target.starts_with("/")) return target.substr(1);
    return "xl/" + target;
  }
  if (relations.failed()) return relations.error();
  return not_a_workbook("лист книги не найден");
}

Result<std::vector<std::string>> shared_strings(Parts& parts, const Limits& limits) {
  auto part = parts.read("xl/sharedStrings.xml");
  if (!part) return part.error();
  if (!*part) return std::vector<std::string>{};  // a workbook with only numbers and inline strings has none
  XmlStream xml(**part, "xl/sharedStrings.xml");
  return read_shared_strings(xml, limits);
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
  auto strings = shared_strings(parts, limits);
  if (!strings) return strings.error();
  auto path = first_sheet_path(parts);
  if (!path) return path.error();
  auto part = parts.read(*path);
  if (!part) return part.error();
  if (!*part) return not_a_workbook("нет листа " + *path);
  XmlStream sheet(**part, *path);
  return read_sheet(sheet, *strings, limits);
}

}  // namespace nok::xlsx
