#pragma once
// A PDF of headings, paragraphs and tables: the same blocks as the Word report
// (docx_writer.h), so one report is written once for both formats.
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"
#include "print/docx_writer.h"

namespace nok::print {

// A4 portrait pages through PageFlow: PT Serif body text, PT Sans headings (the fonts of
// the Word report), tables with their header row in bold and numeric columns set flush
// right. Blocks are recorded, then drawn by render(); texts are plain, never markup.
class PdfReport {
 public:
  explicit PdfReport(std::string_view title) : title_(title) {}

  // A heading of `level` 1 … 3 (clamped).
  void heading(int level, std::string_view text);
  void paragraph(std::string_view text);
  // A table as wide as the text; a table with no header is left out.
  void table(const DocxTable& table);

  // The whole document. Errors: text_does_not_fit (a table cell taller than a page).
  Result<std::string> render() const;

 private:
  struct Heading {
    int level;
    std::string text;
  };
  struct Text {
    std::string text;
  };
  std::string title_;
  std::vector<std::variant<Heading, Text, DocxTable>> blocks_;
};

}  // namespace nok::print
