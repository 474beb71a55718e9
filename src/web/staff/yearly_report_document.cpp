#include "web/staff/yearly_report_document.h"

#include "print/docx_writer.h"
#include "print/pdf_report.h"

namespace nok::web {
namespace {

// A part's lines as a table: «из них» lines indented under the line they belong to.
print::DocxTable table_of(const monitoring::YearlyReport& report, const monitoring::ReportPart& part) {
  print::DocxTable table;
  table.caption = part.title;
  table.header = {report.label_column, report.previous_column, report.current_column};
  table.numeric = {false, true, true};
  table.widths = {6, 2, 2};
  for (const auto& line : part.lines)
    table.rows.push_back({(line.nested ? "    " : "") + line.label, line.previous, line.current});
  return table;
}

// Works for any writer with heading(level, text), paragraph(text) and table(DocxTable).
template <class Writer>
void write(Writer& w, const monitoring::YearlyReport& report) {
  w.heading(1, report.title);
  for (const auto& [label, value] : report.header) w.paragraph(label + ": " + value);
  for (const auto& part : report.parts) {
    w.heading(2, part.title);
    w.table(table_of(report, part));
    if (part.texts_title.empty()) continue;
    w.heading(3, part.texts_title);
    for (const auto& t : part.texts) w.paragraph(t.year + ". " + t.text);
  }
  w.paragraph(report.footer);
}

}  // namespace

Result<std::string> yearly_report_docx(const monitoring::YearlyReport& report) {
  print::DocxWriter writer(report.title);
  write(writer, report);
  std::string bytes;
  auto written = writer.write([&bytes](std::string_view chunk) { bytes.append(chunk); });
  if (!written) return written.error();
  return bytes;
}

Result<std::string> yearly_report_pdf(const monitoring::YearlyReport& report) {
  print::PdfReport writer(report.title);
  write(writer, report);
  return writer.render();
}

}  // namespace nok::web
