// Prints what a downloaded document says, for the browser tests to check: an .xlsx's first
// sheet through the project's own reader (header, then one record a line, cells separated by
// tabs), a .docx's paragraphs one a line through libzip and libxml2.
// Usage: nok_document_text FILE.xlsx|FILE.docx
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>
#include <string>

#include "unit/package_reader.h"
#include "xlsx/xlsx_reader.h"

namespace {

void print_row(const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) std::cout << (i ? "\t" : "") << cells[i];
  std::cout << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: nok_document_text FILE.xlsx|FILE.docx\n";
    return 2;
  }
  const std::string path = argv[1];
  std::ifstream in(path, std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (path.ends_with(".xlsx")) {
    const auto table = nok::xlsx::read_first_sheet(bytes);
    if (!table) {
      std::cerr << path << ": " << table.error().code << "\n";
      return 1;
    }
    print_row(table->header);
    for (const auto& record : table->records) print_row(record.fields);
    return 0;
  }
  const auto document = nok::test::zip_entry(bytes, "word/document.xml");
  if (!document) {
    std::cerr << path << ": no word/document.xml\n";
    return 1;
  }
  for (const auto& paragraph : nok::test::xpath(*document, "//w:p")) std::cout << paragraph << '\n';
  return 0;
}
