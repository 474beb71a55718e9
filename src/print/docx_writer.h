#pragma once
// A Word document (.docx) of headings, paragraphs and tables: the monitoring report.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "print/zip_writer.h"

namespace nok::print {

// A piece of a paragraph's text; bold for emphasis.
struct Run {
  std::string text;
  bool bold = false;
};

// A table of text with one header row, which repeats at the top of every page it runs onto
// and which assistive technology reads as the column headers.
struct DocxTable {
  std::string caption;                         // a short description for screen readers; may be empty
  std::vector<std::string> header;             // the column headers; their count is the table's width
  std::vector<std::vector<std::string>> rows;  // short rows are padded with empty cells, long ones cut
  std::vector<bool> numeric;                   // columns set flush right (numbers); missing: false
  std::vector<int> widths;                     // relative column widths; empty or wrong size: equal
};

// A WordprocessingML document built block by block, then written as one package through a
// sink: A4 portrait with a binding margin, PT Serif body text and PT Sans headings (the fonts
// of the project's PDFs), page numbers in the footer, Russian as the language, and the title
// in the document's properties. It opens in Word and LibreOffice. Every text goes through
// text::xml_text: markup is escaped and characters XML cannot hold are dropped; a line break
// in a text starts a new line in its paragraph, a tab is a tab.
class DocxWriter {
 public:
  explicit DocxWriter(std::string_view title);

  // A heading of `level` 1 … 3 (clamped), with its outline level.
  void heading(int level, std::string_view text);
  void paragraph(std::string_view text);
  void paragraph(const std::vector<Run>& runs);
  // A table as wide as the text; a table with no header is left out.
  void table(const DocxTable& table);

  // Writes the package — content types, relationships, the document, its styles, footer and
  // properties — as a ZIP through `sink` (print::ZipWriter: nothing is held but the parts
  // themselves). The writer can write again. Errors are the ZIP writer's (zip_too_large).
  Result<Ok> write(const ZipWriter::Sink& sink) const;

 private:
  std::string title_;  // escaped
  std::string body_;
  bool ends_with_table_ = false;
};

}  // namespace nok::print
