#pragma once
// What the print tests check rendered output with, all independent of the code under test:
// poppler's pdftoppm/pdftotext/pdfinfo/pdffonts, cairo's PNG reader, librsvg, and zbar.
#include <cstdint>
#include <string>
#include <vector>

namespace nok::test {

// An 8-bit greyscale image.
struct Gray {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;
};

Gray rasterise_pdf(const std::string& pdf, int dpi);  // first page, via pdftoppm
Gray decode_png(const std::string& png);
Gray rasterise_svg(const std::string& svg, int pixels);

struct Scanned {
  std::string text;
  double side_px = 0;  // mean edge length of the quadrilateral zbar reports for the symbol
  double left = 0, top = 0, right = 0, bottom = 0;
};
std::vector<Scanned> scan_qr(const Gray& image);
// For pages of many codes, which zbar finds a few at a time: scans, paints what it found
// white, and scans again until nothing new turns up.
std::vector<Scanned> scan_every_qr(Gray image);
inline double px_to_mm(double px, int dpi) { return px / dpi * 25.4; }

struct Word {
  std::string text;
  double x_min, y_min, x_max, y_max;  // points, origin top left
};
struct PdfPage {
  double width_pt = 0, height_pt = 0;
  std::vector<Word> words;
};
PdfPage pdf_words(const std::string& pdf);      // pdftotext -bbox
std::string pdf_text(const std::string& pdf);   // pdftotext, words joined by single spaces
std::string pdf_fonts(const std::string& pdf);  // pdffonts output
std::string pdf_boxes(const std::string& pdf);  // pdfinfo -box output: MediaBox, BleedBox, TrimBox …
// Runs a shell command, returns its exit status (stdout and stderr go to `output`).
int run(const std::string& command, std::string& output);

}  // namespace nok::test
