#pragma once
#include <cairo.h>

#include "core/result.h"
#include "print/design.h"
#include "print/shapes.h"

namespace nok::print {

// Simple pictures of a phone at each step of the citizen's way, drawn after the site's own
// pages but reduced to what a person should recognise: no screenshots, no small print.
enum class PhoneScreen {
  camera,        // the camera aimed at a QR code
  organisation,  // the organisation page with its «Пройти анкету» button
  question,      // a question with «Да» and «Нет»
  sent,          // the thank-you page after «Отправить анкету»
};

// Draws the phone filling `box` (a phone's proportions: about 1 wide to 1.8 high) in the
// design's colours. Fails only when its button labels cannot be laid out.
Result<Ok> draw_phone(cairo_t* cr, PhoneScreen screen, Box box, const Design& design);

}  // namespace nok::print
