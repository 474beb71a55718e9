#include "print/leaflet.h"

#include <cmath>
#include <string_view>

#include "print/design.h"
#include "print/pdf_boxes.h"
#include "print/phone_screens.h"
#include "print/qr_code.h"
#include "print/qr_render.h"
#include "print/text_block.h"
#include "print/wording.h"

namespace nok::print {
namespace {

// Millimetres from the trim's top left corner. Text keeps kMargin from the cut; only the
// coloured band runs into the bleed, so a slightly shifted cut leaves no white edge.
constexpr double kMargin = 9, kBandHeight = 42, kStepsTop = 50, kStepHeight = 27, kNumberSide = 12;
constexpr double kPhoneWidth = 15, kQrSide = 34;  // the QR code: over the 32 mm minimum for paper

struct Step {
  std::string_view text;
  PhoneScreen screen;
};

// The way the site goes: the survey asks a person to sign in with a one-time code first.
constexpr Step kSteps[] = {
    {"Наведите камеру телефона на QR-код внизу листовки или наберите адрес под ним в браузере.",
     PhoneScreen::camera},
    {"Нажмите «Пройти анкету». Если попросят войти, укажите телефон и введите код из SMS.",
     PhoneScreen::organisation},
    {"Ответьте на вопросы: «Да» или «Нет».", PhoneScreen::question},
    {"Нажмите «Отправить анкету». Готово — спасибо, ваше мнение учтено!", PhoneScreen::sent},
};

Result<Ok> draw_band(cairo_t* cr, const Design& d) {
  set_source(cr, d.band);
  cairo_rectangle(cr, -kLeafletBleedMm, -kLeafletBleedMm, kLeafletTrim.width_mm + 2 * kLeafletBleedMm,
                  kBandHeight + kLeafletBleedMm);
  cairo_fill(cr);
  const double width = kLeafletTrim.width_mm - 2 * kMargin;
  const Paragraph kicker[] = {{"Независимая оценка качества условий оказания услуг"}};
  const Paragraph title[] = {{"Как оценить качество услуг"}};
  const Paragraph subtitle[] = {{"шаг за шагом"}};
  auto kicker_block = fit_text(cr, kicker, {.colour = d.on_band, .max_pt = 11, .min_pt = 9}, width, 6);
  auto title_block =
      fit_text(cr, title, {.family = d.headline_family, .bold = true, .colour = d.on_band, .max_pt = 28, .min_pt = 20},
               width, 14);
  auto subtitle_block = fit_text(cr, subtitle, {.colour = d.on_band, .max_pt = 20, .min_pt = 16}, width, 10);
  if (!kicker_block || !title_block || !subtitle_block) return Error{"text_does_not_fit", "заголовок не помещается"};
  kicker_block->draw(cr, kMargin, kMargin - 1);
  title_block->draw(cr, kMargin, kMargin + 6);
  subtitle_block->draw(cr, kMargin, kMargin + 6 + title_block->height_mm());
  return Ok{};
}

Result<Ok> draw_step(cairo_t* cr, const Design& d, int number, const Step& step, double top) {
  const double centre = top + kNumberSide / 2 + 1;
  set_source(cr, d.accent);
  cairo_new_path(cr);  // text leaves a current point, which the arc would join
  cairo_arc(cr, kMargin + kNumberSide / 2, centre, kNumberSide / 2, 0, 2 * M_PI);
  cairo_fill(cr);
  const Paragraph digit[] = {{std::to_string(number)}};
  auto digit_block = fit_text(cr, digit, {.bold = true, .colour = d.on_band, .max_pt = 22, .min_pt = 16,
                                          .align = Align::centre}, kNumberSide, kNumberSide);
  if (!digit_block) return digit_block.error();
  digit_block->draw(cr, kMargin, centre - digit_block->height_mm() / 2);

  const double phone_x = kLeafletTrim.width_mm - kMargin - kPhoneWidth;
  const double text_x = kMargin + kNumberSide + 4, text_width = phone_x - 5 - text_x;
  const Paragraph text[] = {{std::string(step.text)}};
  auto text_block = fit_text(cr, text, {.colour = d.text, .max_pt = 16, .min_pt = 13}, text_width, kStepHeight - 3);
  if (!text_block) return text_block.error();
  text_block->draw(cr, text_x, top + 1);
  return draw_phone(cr, step.screen, {phone_x, top, kPhoneWidth, kStepHeight - 2}, d);
}

// The QR code with its quiet zone on the left, the address to type and the name beside it.
Result<Ok> draw_code(cairo_t* cr, const Leaflet& l, const Design& d, const QrCode& qr) {
  const double outer = kQrSide + 2 * quiet_zone_mm(qr, kQrSide);
  const double top = kLeafletTrim.height_mm - kMargin - outer + quiet_zone_mm(qr, kQrSide) / 2;
  set_source(cr, d.accent);
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, kMargin, top - 2);
  cairo_line_to(cr, kLeafletTrim.width_mm - kMargin, top - 2);
  cairo_stroke(cr);
  const double qr_x = kMargin - quiet_zone_mm(qr, kQrSide) / 2;
  draw_qr(cr, qr, qr_x, top, kQrSide);

  const double x = qr_x + outer + 2, width = kLeafletTrim.width_mm - kMargin - x;
  const Paragraph lead[] = {{"Адрес, если набираете вручную:"}};
  const Paragraph address[] = {{l.typed_address}};
  const Paragraph name[] = {{display_name(l.organisation)}};
  auto lead_block = fit_text(cr, lead, {.colour = d.muted, .max_pt = 12, .min_pt = 10}, width, 10);
  auto address_block = fit_text(cr, address, {.bold = true, .colour = d.text, .max_pt = 16, .min_pt = 11}, width, 16);
  if (!address_block)
    return Error{"text_does_not_fit", "адрес сайта слишком длинный, чтобы напечатать его на листовке крупно"};
  auto name_block =
      fit_text(cr, name, {.colour = d.accent, .max_pt = 14, .min_pt = 10, .ellipsize = true}, width, 14);
  if (!lead_block || !name_block) return Error{"text_does_not_fit", "название не помещается на листовку"};
  double y = top + quiet_zone_mm(qr, kQrSide) / 2;
  lead_block->draw(cr, x, y);
  y += lead_block->height_mm() + 1;
  address_block->draw(cr, x, y);
  y += address_block->height_mm() + 3;
  name_block->draw(cr, x, y);
  return Ok{};
}

}  // namespace

Result<std::string> leaflet_pdf(const Leaflet& leaflet) {
  auto qr = encode_qr(leaflet.url);
  if (!qr) return qr.error();
  const Design& d = design_for(leaflet.organisation.sphere);
  const PageSize page{kLeafletTrim.width_mm + 2 * kLeafletBleedMm, kLeafletTrim.height_mm + 2 * kLeafletBleedMm};
  auto pdf = render_pdf(page, "Листовка «Как оценить качество услуг» — " + display_name(leaflet.organisation),
                        [&](cairo_t* cr) -> Result<Ok> {
                          cairo_translate(cr, kLeafletBleedMm, kLeafletBleedMm);
                          if (auto band = draw_band(cr, d); !band) return band;
                          int number = 0;
                          for (const auto& step : kSteps) {
                            const double top = kStepsTop + number * kStepHeight;
                            if (auto drawn = draw_step(cr, d, ++number, step, top); !drawn) return drawn;
                          }
                          return draw_code(cr, leaflet, d, *qr);
                        });
  if (!pdf) return pdf.error();
  return with_trim_box(std::move(*pdf), kLeafletBleedMm);
}

}  // namespace nok::print
