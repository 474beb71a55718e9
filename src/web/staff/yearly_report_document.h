#pragma once
// The yearly report of an authority (app/monitoring/yearly_report.h) written once for both
// formats: the same headings, tables and texts go to the Word writer and to the PDF.
#include <string>

#include "app/monitoring/yearly_report.h"
#include "core/result.h"

namespace nok::web {

// The report as a .docx package (print::DocxWriter). Errors are the ZIP writer's.
Result<std::string> yearly_report_docx(const monitoring::YearlyReport& report);
// The report as an A4 PDF (print::PdfReport).
Result<std::string> yearly_report_pdf(const monitoring::YearlyReport& report);

}  // namespace nok::web
