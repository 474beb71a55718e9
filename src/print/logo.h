#pragma once
#include <cairo.h>

#include <memory>
#include <string_view>

#include "core/result.h"

typedef struct _RsvgHandle RsvgHandle;

namespace nok::print {

// An uploaded logo (of an organisation or of an authority), checked before anything
// decodes it:
//  - PNG up to 2 MiB and 4096×4096 pixels, the size read from the header first, so a
//    20000×20000 "decoding bomb" is refused without allocating its 1.6 GB of pixels;
//  - SVG up to 512 KiB with no DTD (entity expansion, external entities), no scripts or
//    event handlers, no foreign objects, and references only inside the file (#id):
//    any http:, file: or data: reference is refused rather than fetched or decoded.
// Anything else (JPEG, PDF, text) is refused with a message saying what is accepted.
class Logo {
 public:
  static Result<Logo> from_bytes(std::string_view bytes);

  // Fits the logo into the box, centred, keeping its proportions.
  void draw(cairo_t* cr, double x, double y, double width, double height) const;

 private:
  std::shared_ptr<cairo_surface_t> png_;
  std::shared_ptr<RsvgHandle> svg_;
};

inline constexpr std::size_t kMaxPngLogoBytes = 2 * 1024 * 1024;
inline constexpr std::size_t kMaxSvgLogoBytes = 512 * 1024;
inline constexpr int kMaxLogoPixels = 4096;  // per side

}  // namespace nok::print
