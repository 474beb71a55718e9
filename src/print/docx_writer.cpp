#include "print/docx_writer.h"

#include <algorithm>
#include <numeric>

#include "core/text.h"
#include "core/xml_text.h"
#include "print/docx_package.h"

namespace nok::print {
namespace {

// A run's text: escaped, each line break a <w:br/> and each tab a <w:tab/>.
std::string run_xml(std::string_view text, bool bold) {
  std::string out = bold ? "<w:r><w:rPr><w:b/></w:rPr>" : "<w:r>";
  bool first_line = true;
  for (auto line : text::split(text, '\n')) {
    if (!first_line) out += "<w:br/>";
    first_line = false;
    bool first_cell = true;
    for (auto piece : text::split(line, '\t')) {
      if (!first_cell) out += "<w:tab/>";
      first_cell = false;
      std::string clean = text::xml_text(piece);
      std::erase(clean, '\r');
      if (!clean.empty()) out += "<w:t xml:space=\"preserve\">" + clean + "</w:t>";
    }
  }
  return out + "</w:r>";
}

std::string paragraph_xml(std::string_view properties, const std::string& runs) {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + std::string(properties) + "</w:pPr>") + runs + "</w:p>";
}

// Column widths in twips that fill the text width, in proportion to `weights` when it has
// one positive weight per column.
std::vector<int> column_widths(const std::vector<int>& weights, std::size_t columns) {
  const bool usable = weights.size() == columns && std::all_of(weights.begin(), weights.end(), [](int w) { return w > 0; });
  const long total = usable ? std::accumulate(weights.begin(), weights.end(), 0L) : static_cast<long>(columns);
  std::vector<int> out;
  for (std::size_t c = 0; c < columns; ++c)
    out.push_back(static_cast<int>(docx::kTextWidth * (usable ? weights[c] : 1) / total));
  return out;
}

std::string cell_xml(std::string_view text, int width, bool right, bool header) {
  std::string properties = "<w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
  if (header) properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>";
  const std::string alignment = right ? "<w:jc w:val=\"right\"/>" : "";
  return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" +
         paragraph_xml("<w:pStyle w:val=\"TableText\"/>" + alignment, run_xml(text, header)) + "</w:tc>";
}

}  // namespace

DocxWriter::DocxWriter(std::string_view title) : title_(text::xml_text(title)) {}

void DocxWriter::heading(int level, std::string_view text) {
  level = std::clamp(level, 1, 3);
  body_ += paragraph_xml("<w:pStyle w:val=\"Heading" + std::to_string(level) + "\"/>", run_xml(text, false));
  ends_with_table_ = false;
}

void DocxWriter::paragraph(std::string_view text) { paragraph({Run{std::string(text)}}); }

void DocxWriter::paragraph(const std::vector<Run>& runs) {
  std::string xml;
  for (const auto& run : runs) xml += run_xml(run.text, run.bold);
  body_ += paragraph_xml("", xml);
  ends_with_table_ = false;
}

void DocxWriter::table(const DocxTable& table) {
  const std::size_t columns = table.header.size();
  if (columns == 0) return;
  const auto widths = column_widths(table.widths, columns);
  const auto right = [&](std::size_t c) { return c < table.numeric.size() && table.numeric[c]; };

  std::string xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                    "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\""
                    " w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>";
  if (!table.caption.empty()) xml += "<w:tblCaption w:val=\"" + text::xml_text(table.caption) + "\"/>";
  xml += "</w:tblPr><w:tblGrid>";
  for (int width : widths) xml += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
  xml += "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
  for (std::size_t c = 0; c < columns; ++c) xml += cell_xml(table.header[c], widths[c], right(c), true);
  xml += "</w:tr>";
  for (const auto& row : table.rows) {
    xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (std::size_t c = 0; c < columns; ++c)
      xml += cell_xml(c < row.size() ? std::string_view(row[c]) : std::string_view(), widths[c], right(c), false);
    xml += "</w:tr>";
  }
  body_ += xml + "</w:tbl>";
  ends_with_table_ = true;
}

Result<Ok> DocxWriter::write(const ZipWriter::Sink& sink) const {
  // Word ends a body, like a table cell, with a paragraph; an empty body gets one too.
  const std::string tail = ends_with_table_ || body_.empty() ? "<w:p/>" : "";
  const std::string document =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
      R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>)" +
      body_ + tail + docx::section_properties() + "</w:body></w:document>";

  ZipWriter zip(sink);
  // [Content_Types].xml first: tools that sniff a package read its first entry.
  const std::pair<std::string_view, std::string> parts[] = {
      {"[Content_Types].xml", docx::content_types()},
      {"_rels/.rels", docx::package_relationships()},
      {"word/document.xml", document},
      {"word/_rels/document.xml.rels", docx::document_relationships()},
      {"word/styles.xml", docx::styles()},
      {"word/footer1.xml", docx::footer()},
      {"docProps/core.xml", docx::core_properties(title_)},
  };
  for (const auto& [name, contents] : parts)
    if (auto added = zip.add(name, contents); !added) return added.error();
  return zip.finish();
}

}  // namespace nok::print
