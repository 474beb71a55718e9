// Cards on their own page: the thermal ticket and the website block image.
#include "print/card.h"
#include "print/carriers.h"
#include "print/wording.h"

namespace nok::print {
namespace {

constexpr Rgb kBlack{0x000000};  // thermal printers print black or nothing; grey would be dithered
constexpr Rgb kLink{0x0B4F9C};   // the site's link colour (contrast 8.1 on white)

}  // namespace

Result<int> parse_ticket_width(std::string_view text) {
  if (text == "58") return 58;
  if (text == "80") return 80;
  return Error{"bad_width", "ширина чековой ленты «" + std::string(text) + "» не поддерживается: 58 или 80 мм"};
}

Result<std::string> ticket_pdf(const Organisation& organisation, const std::string& url, int paper_width_mm) {
  if (auto width = parse_ticket_width(std::to_string(paper_width_mm)); !width) return width.error();
  auto qr = encode_qr(url);
  if (!qr) return qr.error();
  // Printheads cover 48 mm of 58 mm paper and 72 mm of 80 mm paper.
  const bool narrow = paper_width_mm == 58;
  const double printed = narrow ? 48 : 72;
  Card card{.width_mm = printed, .qr_side_mm = narrow ? 36.0 : 48.0, .gap_mm = 3};
  card.above.push_back(
      {std::string(kCarrierText),
       {.bold = true, .colour = kBlack, .max_pt = narrow ? 12.0 : 14.0, .min_pt = 9, .align = Align::centre}});
  card.below.push_back({display_name(organisation),
                        {.colour = kBlack, .max_pt = 10, .min_pt = 7, .align = Align::centre, .ellipsize = true},
                        12});
  card.below.push_back({url, {.colour = kBlack, .max_pt = 8, .min_pt = 6, .align = Align::centre}, 10});
  return card_pdf(card, *qr, (paper_width_mm - printed) / 2, "Талон с QR-кодом — " + display_name(organisation));
}

Result<std::string> website_block_png(const Organisation& organisation, const std::string& url) {
  auto qr = encode_qr(url);
  if (!qr) return qr.error();
  Card card{.width_mm = 80, .qr_side_mm = 50, .gap_mm = 3};
  card.above.push_back(
      {std::string(kScreenText), {.colour = {0x1A1A1A}, .max_pt = 13, .min_pt = 9, .align = Align::centre}});
  card.below.push_back({url, {.colour = kLink, .max_pt = 11, .min_pt = 7, .align = Align::centre}});
  card.below.push_back({display_name(organisation),
                        {.colour = {0x4D4D4D}, .max_pt = 10, .min_pt = 7, .align = Align::centre, .ellipsize = true},
                        10});
  return card_png(card, *qr, 4, 150);
}

}  // namespace nok::print
