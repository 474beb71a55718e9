#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/registry/organisation.h"
#include "print/canvas.h"
#include "print/logo.h"
#include "print/wording.h"

namespace nok::print {

enum class PaperFormat { a4, a3 };

std::string_view code(PaperFormat format);  // "a4", "a3"
Result<PaperFormat> parse_paper_format(std::string_view text);
PageSize page_size(PaperFormat format);

// The QR side a poster gets when no scanning distance is given: the banner size decides
// (docs/domain.md#qr-recommendations) — a size that leaves the default text comfortable.
double default_poster_qr_side(PaperFormat format);

// A poster for one organisation (docs/printing.md): its and its authority's logos on the
// sector's band, the explanatory text, the QR code sized by the 1:10 rule with its printed
// size stated under it. Colour, no bleed: everything stays 10 mm (A4) inside the edge.
struct Poster {
  Organisation organisation;
  std::string url;  // what the QR code opens (target_url.h)
  PaperFormat format = PaperFormat::a4;
  std::optional<double> distance_m;  // scanning distance; none: default_poster_qr_side
  PosterText text = default_poster_text();
  std::shared_ptr<const Logo> organisation_logo;
  std::shared_ptr<const Logo> authority_logo;
};

// Errors: the QR code for the distance does not fit the sheet, or the text does not fit
// beside it even at the smallest legible size (the message says what to change).
Result<std::string> poster_pdf(const Poster& poster);
Result<std::string> poster_png(const Poster& poster, double dpi);

inline constexpr double kMinPreviewDpi = 36, kMaxPreviewDpi = 200;

}  // namespace nok::print
