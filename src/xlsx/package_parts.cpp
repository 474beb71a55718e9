#include "xlsx/package_parts.h"

#include "core/xml_text.h"

namespace nok::xlsx::parts {
namespace {

constexpr const char* kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string sheet_part(std::size_t index) { return "worksheets/sheet" + std::to_string(index + 1) + ".xml"; }

// "$A$1:$D$5" from "A1:D5": a defined name's range is absolute.
std::string absolute(const std::string& range) {
  std::string out;
  bool letters = false;
  for (const char c : range) {
    const bool letter = c >= 'A' && c <= 'Z';
    if ((letter && !letters) || (!letter && c != ':' && letters)) out += '$';
    letters = letter;
    out += c;
  }
  return out;
}

}  // namespace

std::string content_types(std::size_t sheets) {
  std::string out = std::string(kDeclaration) +
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    "<Override PartName=\"/xl/workbook.xml\" "
                    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    "<Override PartName=\"/xl/styles.xml\" "
                    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
  for (std::size_t i = 0; i < sheets; ++i)
    out += "<Override PartName=\"/xl/" + sheet_part(i) +
           "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
  return out + "</Types>";
}

std::string package_relationships() {
  return std::string(kDeclaration) + "<Relationships xmlns=\"" + kRelationships + "\"><Relationship Id=\"rId1\" Type=\"" +
         kOfficeRelationships + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
}

std::string workbook_relationships(std::size_t sheets) {
  std::string out = std::string(kDeclaration) + "<Relationships xmlns=\"" + kRelationships + "\">";
  for (std::size_t i = 0; i < sheets; ++i)
    out += "<Relationship Id=\"rId" + std::to_string(i + 1) + "\" Type=\"" + kOfficeRelationships +
           "/worksheet\" Target=\"" + sheet_part(i) + "\"/>";
  return out + "<Relationship Id=\"rId" + std::to_string(sheets + 1) + "\" Type=\"" + kOfficeRelationships +
         "/styles\" Target=\"styles.xml\"/></Relationships>";
}

std::string workbook(const std::vector<SheetEntry>& sheets) {
  std::string out = std::string(kDeclaration) +
                    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"" +
                    kOfficeRelationships + "\"><bookViews><workbookView/></bookViews><sheets>";
  std::string filters;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string index = std::to_string(i), name = text::xml_text(sheets[i].name);
    out += "<sheet name=\"" + name + "\" sheetId=\"" + std::to_string(i + 1) + "\" r:id=\"rId" +
           std::to_string(i + 1) + "\"/>";
    if (sheets[i].filter.empty()) continue;
    // Excel keeps an autofilter's range as this hidden name; the sheet's name quoted, its
    // apostrophes doubled.
    std::string quoted;
    for (const char c : sheets[i].name) quoted += c == '\'' ? "''" : std::string(1, c);
    filters += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + index + "\" hidden=\"1\">" +
               text::xml_text("'" + quoted + "'!" + absolute(sheets[i].filter)) + "</definedName>";
  }
  out += "</sheets>";
  if (!filters.empty()) out += "<definedNames>" + filters + "</definedNames>";
  return out + "</workbook>";
}

std::string styles() {
  std::string formats, xfs;
  for (int places = 0; places <= kMaxPlaces; ++places) {
    const std::string id = std::to_string(164 + places);
    formats += "<numFmt numFmtId=\"" + id + "\" formatCode=\"#,##0" +
               (places == 0 ? "" : "." + std::string(static_cast<std::size_t>(places), '0')) + "\"/>";
    xfs += "<xf numFmtId=\"" + id + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>";
  }
  return std::string(kDeclaration) +
         "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<numFmts count=\"" + std::to_string(kMaxPlaces + 1) + "\">" + formats +
         "</numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
         "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
         "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/>"
         "</fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
         "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
         "<cellXfs count=\"" + std::to_string(number_style(kMaxPlaces) + 1) +
         "\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
         "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>" + xfs +
         "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
         "</styleSheet>";
}

}  // namespace nok::xlsx::parts
