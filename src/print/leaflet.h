#pragma once
#include <string>

#include "core/result.h"
#include "domain/registry/organisation.h"
#include "print/canvas.h"

namespace nok::print {

// The A5 leaflet «Как оценить качество услуг — шаг за шагом» (docs/printing.md): large type
// for older readers, four numbered steps each with a picture of the phone's screen, the
// organisation's QR code and the address to type instead. Print-ready: the sheet is cut to
// 148 × 210 mm from a page 3 mm larger on every side, which the sector's colour runs into.
inline constexpr PageSize kLeafletTrim{148, 210};
inline constexpr double kLeafletBleedMm = 3;

struct Leaflet {
  Organisation organisation;
  std::string url;            // what the QR code opens (target_url.h), with its placement
  std::string typed_address;  // what to type instead (typed_address, target_url.h)
};

// A one-page PDF of the trim size plus the bleed, with its TrimBox and BleedBox set.
// Errors: the address is too long to print large enough to type.
Result<std::string> leaflet_pdf(const Leaflet& leaflet);

}  // namespace nok::print
