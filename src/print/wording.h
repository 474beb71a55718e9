#pragma once
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/registry/organisation.h"

namespace nok::print {

// The Ministry of Labour's model texts (docs/domain.md#qr-recommendations), word for word:
// organisations may edit the poster text, the defaults are what the Ministry suggests.

// Paper carriers: labels and tickets.
inline constexpr std::string_view kCarrierText = "Оцените условия предоставления услуг, используя QR-код!";
// Digital devices and official websites: above the QR, with the link below it.
inline constexpr std::string_view kScreenText =
    "Чтобы оценить условия предоставления услуг используйте QR-код или перейдите по ссылке ниже.";

// The name printed on carriers: the short name, or the full one when there is none.
std::string display_name(const Organisation& organisation);

// A poster's explanatory text. `body` is plain text, one paragraph per line; "- " starts a
// bulleted item and "  - " an item nested under it (text_block.h).
struct PosterText {
  std::string headline;
  std::string body;
};

PosterText default_poster_text();

// Edited text as a person sent it: valid UTF-8, no control characters, within limits
// (headline 100 characters, body 1,500 characters in at most 40 lines). An empty field
// keeps the default.
Result<PosterText> poster_text(std::string_view headline, std::string_view body);

}  // namespace nok::print
