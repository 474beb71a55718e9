#pragma once
#include <string>

#include "core/result.h"

namespace nok::print {

// Marks a one-page PDF from render_pdf for a print shop: its MediaBox is the sheet with the
// bleed around it, the BleedBox the same, the TrimBox where the sheet is cut, `bleed_mm`
// inside every edge. cairo writes no such boxes, so they are added as an incremental update
// (a new revision of the page object appended after the file, as PDF 1.7 § 7.5.6 allows):
// the bytes cairo wrote stay as they are.
Result<std::string> with_trim_box(std::string pdf, double bleed_mm);

}  // namespace nok::print
