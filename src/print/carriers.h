#pragma once
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/registry/organisation.h"

namespace nok::print {

// Paper carriers and screens (docs/domain.md#qr-recommendations): the QR code with its short text.

// An A4 sheet of labels to cut out, each a QR code of `qr_side_mm` (at least 32 mm)
// with «Оцените условия предоставления услуг, используя QR-код!» and the name under it.
// The default 36 mm puts twelve labels on a sheet (3 × 4).
inline constexpr double kDefaultLabelQrMm = 36, kMaxLabelQrMm = 80;
Result<std::string> label_sheet_pdf(const Organisation& organisation, const std::string& url,
                                    double qr_side_mm = kDefaultLabelQrMm);

// A narrow ticket for a roll printer (58 or 80 mm paper; 48 or 72 mm printed), black
// only, as long as its content.
Result<std::string> ticket_pdf(const Organisation& organisation, const std::string& url, int paper_width_mm);
Result<int> parse_ticket_width(std::string_view text);

// The website block as an image: «Чтобы оценить условия … по ссылке ниже.», the QR code,
// the link — for sites whose editors can only upload pictures.
Result<std::string> website_block_png(const Organisation& organisation, const std::string& url);

}  // namespace nok::print
