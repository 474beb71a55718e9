#include "print/pdf_boxes.h"

#include <cstdio>
#include <cstdlib>

#include "print/units.h"

namespace nok::print {
namespace {

Error unreadable() { return Error{"render_failed", "не удалось отметить поля обреза в PDF"}; }

std::string box(const char* name, double left, double bottom, double right, double top) {
  char text[128];
  std::snprintf(text, sizeof text, " /%s [ %.3f %.3f %.3f %.3f ]", name, left, bottom, right, top);
  return text;
}

}  // namespace

Result<std::string> with_trim_box(std::string pdf, double bleed_mm) {
  // cairo writes the page as "N 0 obj\n<< /Type /Page … /MediaBox [ 0 0 W H ] … >>\nendobj".
  const auto page = pdf.find("<< /Type /Page ");
  const auto media = pdf.find("/MediaBox [", page);
  const auto media_end = pdf.find(']', media);
  const auto page_end = pdf.find("endobj", page);
  const auto trailer = pdf.rfind("trailer");
  const auto startxref = pdf.rfind("startxref");
  if (page == std::string::npos || media == std::string::npos || media_end > page_end ||
      page_end == std::string::npos || trailer == std::string::npos || startxref == std::string::npos || page < 2)
    return unreadable();
  const auto header = pdf.rfind('\n', page - 2) + 1;  // "N 0 obj"
  const long object = std::strtol(pdf.c_str() + header, nullptr, 10);
  double width = 0, height = 0;
  if (object <= 0 || std::sscanf(pdf.c_str() + media, "/MediaBox [ 0 0 %lf %lf", &width, &height) != 2)
    return unreadable();
  const auto dict_open = pdf.find("<<", trailer), dict_close = pdf.find(">>", trailer);
  if (dict_open == std::string::npos || dict_close == std::string::npos) return unreadable();
  const std::string trailer_entries = pdf.substr(dict_open + 2, dict_close - dict_open - 2);
  const std::string previous_xref = pdf.substr(startxref + 9, pdf.find("%%EOF", startxref) - startxref - 9);

  const double b = bleed_mm * kPointsPerMm;
  std::string revised = pdf.substr(header, media_end + 1 - header) + box("BleedBox", 0, 0, width, height) +
                        box("TrimBox", b, b, width - b, height - b) + pdf.substr(media_end + 1, page_end - media_end - 1);
  char offset[32];
  std::snprintf(offset, sizeof offset, "%010zu", pdf.size());
  pdf += revised + "endobj\n";
  const auto xref_at = pdf.size();
  pdf += "xref\n0 1\n0000000000 65535 f \n" + std::to_string(object) + " 1\n" + offset + " 00000 n \n";
  pdf += "trailer\n<<" + trailer_entries + "   /Prev " + std::to_string(std::strtoll(previous_xref.c_str(), nullptr, 10)) +
         "\n>>\nstartxref\n" + std::to_string(xref_at) + "\n%%EOF\n";
  return pdf;
}

}  // namespace nok::print
