#pragma once
// The parts of a workbook that hold no cells: what Excel, LibreOffice and the readers of
// Python and R need around the sheets (xl/worksheets/sheetN.xml) to open them. SpreadsheetML
// of ECMA-376, with only the parts and elements a workbook of plain sheets requires.
#include <string>
#include <vector>

namespace nok::xlsx::parts {

// Styles of cells (the `s` attribute): the bold header, and numbers with a thousands
// separator and 0 to 6 decimal places ("#,##0", "#,##0.0", …), shown with the reader's own
// separators.
inline constexpr int kHeaderStyle = 1;
inline constexpr int kMaxPlaces = 6;
constexpr int number_style(int places) { return 2 + places; }

// A sheet as the workbook lists it: its name, and the range its autofilter covers
// ("A1:D5"; empty for none).
struct SheetEntry {
  std::string name;
  std::string filter;
};

std::string content_types(std::size_t sheets);        // [Content_Types].xml
std::string package_relationships();                  // _rels/.rels
std::string workbook_relationships(std::size_t sheets);  // xl/_rels/workbook.xml.rels
std::string workbook(const std::vector<SheetEntry>& sheets);  // xl/workbook.xml
std::string styles();                                 // xl/styles.xml

}  // namespace nok::xlsx::parts
