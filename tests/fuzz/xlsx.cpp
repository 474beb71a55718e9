// The XLSX reader (xlsx/xlsx_reader) with the limits an upload gets: an uploaded workbook is
// a ZIP of XML parts that anyone can craft. An input that starts like a ZIP is read as it
// is (the archive layer); any other is taken as the workbook's XML parts separated by NUL
// bytes — workbook, its relationships, the sheet, the shared strings — and zipped first, so
// that mutations reach the XML past the archive's checksums. Besides not crashing or
// leaking, a table it returns has a header, rows at least as wide as it, and valid UTF-8.
#include <map>
#include <string>

#include "core/text.h"
#include "fuzz/property.h"
#include "support/xlsx_file.h"
#include "xlsx/xlsx_reader.h"

using namespace nok;

namespace {

std::string workbook_of_parts(std::string_view input) {
  static const char* const kNames[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                                       "xl/sharedStrings.xml"};
  std::map<std::string, std::string> parts;
  for (const char* name : kNames) {
    const auto end = input.find('\0');
    parts[name] = std::string(input.substr(0, end));
    if (end == std::string_view::npos) break;
    input.remove_prefix(end + 1);
  }
  return test::zip_of(parts);
}

void check(const csv::Table& table) {
  fuzz::require(!table.header.empty(), "a workbook read has a header row");
  for (const auto& h : table.header) fuzz::require(text::valid_utf8(h), "header cells are valid UTF-8");
  for (const auto& r : table.records) {
    fuzz::require(r.fields.size() >= table.header.size(), "a short row is padded to the header");
    for (const auto& f : r.fields) fuzz::require(text::valid_utf8(f), "cells are valid UTF-8");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = fuzz::text_of(data, size);
  const std::string bytes = xlsx::looks_like_zip(input) ? std::string(input) : workbook_of_parts(input);
  if (auto table = xlsx::read_first_sheet(bytes, xlsx::Limits{})) check(*table);
  return 0;
}
