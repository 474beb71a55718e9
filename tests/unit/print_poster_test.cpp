// Posters: every sphere's design renders an A4/A3 PDF whose QR code decodes to the
// organisation's URL at the side the 1:10 rule gives, states that side in words, carries
// the model text in PT fonts, and never lets text escape its place.
#include <gtest/gtest.h>

#include "print/design.h"
#include "print/poster.h"
#include "print/scan_distance.h"
#include "unit/print_scan.h"

namespace nok::print {
namespace {

using test::px_to_mm;

constexpr double kPtPerMm = 72 / 25.4;

Organisation organisation(Sphere sphere = Sphere::education) {
  Organisation o;
  o.code = "sch1";
  o.short_name = "Школа № 1 имени А. С. Пушкина";
  o.full_name = "Муниципальное бюджетное общеобразовательное учреждение «Школа № 1»";
  o.sphere = sphere;
  o.authority = "Департамент образования";
  return o;
}

Poster poster(PaperFormat format = PaperFormat::a4, std::optional<double> distance = std::nullopt) {
  return {organisation(), "https://nok.example.ru/o/sch1?p=77", format, distance};
}

// The QR code found on the page (exactly one), and its side in millimetres.
test::Scanned the_qr(const std::string& pdf, int dpi) {
  const auto found = test::scan_qr(test::rasterise_pdf(pdf, dpi));
  EXPECT_EQ(found.size(), 1u);
  return found.empty() ? test::Scanned{} : found[0];
}

TEST(PrintPoster, EverySphereRendersAScannableA4WithTheModelText) {
  for (auto sphere : all_spheres()) {
    auto p = poster();
    p.organisation.sphere = sphere;
    auto pdf = poster_pdf(p);
    ASSERT_TRUE(pdf) << pdf.error().message;
    const auto page = test::pdf_words(*pdf);
    EXPECT_NEAR(page.width_pt, 210 * kPtPerMm, 0.5);
    EXPECT_NEAR(page.height_pt, 297 * kPtPerMm, 0.5);
    EXPECT_EQ(the_qr(*pdf, 100).text, p.url) << code(sphere);
    const auto text = test::pdf_text(*pdf);
    for (const char* expected :
         {"ВАМ У НАС ПОНРАВИЛОСЬ?", "Чтобы оценить УСЛОВИЯ предоставления услуг", "Доступность для инвалидов",
          "Легкость записи для получения услуги и своевременность ее оказания", "оставить свое обращение",
          "Ваша оценка поможет нам стать лучше и убедиться, что все хорошо!", "Школа № 1 имени А. С. Пушкина",
          "https://nok.example.ru/o/sch1?p=77", "QR-код 80 × 80 мм: сканируйте с расстояния до 0,8 м"})
      EXPECT_NE(text.find(expected), std::string::npos) << code(sphere) << ": " << expected;
    EXPECT_NE(text.find(std::string(title(sphere))), std::string::npos);
    const auto fonts = test::pdf_fonts(*pdf);
    EXPECT_NE(fonts.find("PTSans"), std::string::npos) << fonts;
  }
  EXPECT_NE(test::pdf_fonts(*poster_pdf([] {
              auto p = poster();
              p.organisation.sphere = Sphere::culture;
              return p;
            }()))
                .find("PTSerif"),
            std::string::npos);
}

TEST(PrintPoster, SectorDesignsDifferAndEveryTextColourReachesWcagAA) {
  std::set<std::uint32_t> bands;
  for (auto sphere : all_spheres()) {
    const auto& d = design_for(sphere);
    EXPECT_EQ(d.sphere, sphere);
    bands.insert(d.band.hex);
    for (const auto& pair : text_colour_pairs(d))
      EXPECT_GE(contrast_ratio(pair.text, pair.background), kMinTextContrast) << code(sphere) << ": " << pair.what;
  }
  EXPECT_EQ(bands.size(), all_spheres().size());
  EXPECT_NEAR(contrast_ratio({0x000000}, {0xFFFFFF}), 21, 1e-9);
  EXPECT_NEAR(contrast_ratio({0x777777}, {0xFFFFFF}), 4.48, 0.01);  // the classic just-failing grey
}

TEST(PrintPoster, QrSideIsATenthOfTheScanningDistance) {
  for (double metres : {0.5, 0.7, 1.0}) {
    auto pdf = poster_pdf(poster(PaperFormat::a4, metres));
    ASSERT_TRUE(pdf) << pdf.error().message;
    const auto qr = the_qr(*pdf, 150);
    EXPECT_NEAR(px_to_mm(qr.side_px, 150), metres * 100, 1.5) << metres;
    EXPECT_NE(test::pdf_text(*pdf).find("мм: сканируйте с расстояния до " + format_metres(metres)), std::string::npos);
  }
  auto a3 = poster_pdf(poster(PaperFormat::a3, 2.0));
  ASSERT_TRUE(a3) << a3.error().message;
  const auto page = test::pdf_words(*a3);
  EXPECT_NEAR(page.width_pt, 297 * kPtPerMm, 0.5);
  EXPECT_NEAR(page.height_pt, 420 * kPtPerMm, 0.5);
  EXPECT_NEAR(px_to_mm(the_qr(*a3, 72).side_px, 72), 200, 3);
  EXPECT_NE(test::pdf_text(*a3).find("QR-код 200 × 200 мм: сканируйте с расстояния до 2 м"), std::string::npos);
}

TEST(PrintPoster, DistancesAndPlacesFollowTheRuleAndTheMinimum) {
  EXPECT_EQ(qr_side_for_distance(1.5), 150);
  EXPECT_EQ(qr_side_for_distance(0.25), kMinPrintedQrMm);
  EXPECT_EQ(format_metres(1.5), "1,5 м");
  EXPECT_EQ(format_metres(2), "2 м");
  EXPECT_EQ(parse_distance("1,5").value(), 1.5);
  for (const char* bad : {"", "abc", "0.1", "11", "nan", "1,5м"}) EXPECT_FALSE(parse_distance(bad)) << bad;
  ASSERT_GE(place_types().size(), 5u);
  EXPECT_EQ(find_place_type("reception").value().distance_m, 0.7);
  EXPECT_EQ(find_place_type("garage").error().code, "bad_place");
  for (const auto& place : place_types()) EXPECT_GE(qr_side_for_distance(place.distance_m), kMinPrintedQrMm);
}

TEST(PrintPoster, AQrTooLargeForTheSheetIsRefusedWithAdvice) {
  auto a4 = poster_pdf(poster(PaperFormat::a4, 2.0));
  ASSERT_FALSE(a4);
  EXPECT_EQ(a4.error().code, "qr_does_not_fit");
  EXPECT_NE(a4.error().message.find("А3"), std::string::npos);
  EXPECT_EQ(poster_pdf(poster(PaperFormat::a3, 3.0)).error().code, "qr_does_not_fit");
}

// Every word on the page lies inside the margins and outside the QR code's quiet zone.
void expect_contained(const std::string& pdf, int dpi) {
  const auto page = test::pdf_words(pdf);
  const auto qr = the_qr(pdf, dpi);
  const double to_pt = 72.0 / dpi;
  ASSERT_FALSE(page.words.empty());
  const double margin = 9.5 * kPtPerMm;
  for (const auto& w : page.words) {
    EXPECT_GE(w.x_min, margin) << w.text;
    EXPECT_LE(w.x_max, page.width_pt - margin) << w.text;
    EXPECT_GE(w.y_min, margin) << w.text;
    EXPECT_LE(w.y_max, page.height_pt - margin) << w.text;
    const double overlap_x = std::min(w.x_max, qr.right * to_pt) - std::max(w.x_min, qr.left * to_pt);
    const double overlap_y = std::min(w.y_max, qr.bottom * to_pt) - std::max(w.y_min, qr.top * to_pt);
    EXPECT_FALSE(overlap_x > 0 && overlap_y > 0) << "text over the QR code: " << w.text;
  }
}

TEST(PrintPoster, LongTextShrinksAndWrapsButStaysOnThePage) {
  auto p = poster();
  auto text = poster_text(
      "ОЦЕНИТЕ НАС, ПОЖАЛУЙСТА: ВАШЕ МНЕНИЕ ОЧЕНЬ ВАЖНО ДЛЯ ВСЕХ СОТРУДНИКОВ НАШЕЙ ОРГАНИЗАЦИИ",
      std::string(60, 'W') + "\n" + [] {
        std::string body;
        for (int i = 0; i < 14; ++i)
          body += "- пункт списка с довольно длинным пояснением номер " + std::to_string(i) + "\n";
        return body;
      }());
  ASSERT_TRUE(text) << text.error().message;
  p.text = *text;
  p.organisation.short_name = std::string(30, 'X') + " " + [] {
    std::string s;
    for (int i = 0; i < 200; ++i) s += "Ж";
    return s;
  }();  // ellipsized on the band
  auto pdf = poster_pdf(p);
  ASSERT_TRUE(pdf) << pdf.error().message;
  EXPECT_NE(test::pdf_text(*pdf).find("номер 13"), std::string::npos);
  expect_contained(*pdf, 100);
  expect_contained(*poster_pdf(poster(PaperFormat::a3, 2.0)), 72);  // two columns beside a 200 mm code
}

TEST(PrintPoster, TextThatCannotFitIsAnErrorNeverAnOverflow) {
  auto p = poster(PaperFormat::a4, 1.2);
  std::string body;
  for (int i = 0; i < 39; ++i) body += "Пункт номер " + std::to_string(i) + " — текст.\n";
  p.text = poster_text("", body).value();
  auto pdf = poster_pdf(p);
  ASSERT_FALSE(pdf);
  EXPECT_EQ(pdf.error().code, "text_does_not_fit");
  EXPECT_NE(pdf.error().message.find("сократите текст"), std::string::npos);
}

TEST(PrintPoster, EditedTextIsCheckedBeforeLayout) {
  EXPECT_EQ(poster_text("", std::string(1501, 'a')).error().code, "text_too_long");
  EXPECT_EQ(poster_text(std::string(101, 'a'), "").error().code, "text_too_long");
  EXPECT_EQ(poster_text("", "a" + std::string(41, '\n') + "b").error().code, "text_too_long");
  EXPECT_EQ(poster_text("\xFF", "").error().code, "bad_text");
  EXPECT_EQ(poster_text("a\x01", "").error().code, "bad_text");
  EXPECT_EQ(poster_text("  ", "").value().headline, "ВАМ У НАС ПОНРАВИЛОСЬ?");  // empty keeps the default
}

// The model text of the QR recommendations (docs/domain.md#qr-recommendations), verbatim:
// building it from the rating's aspect names must not change a letter of it.
TEST(PrintPoster, TheDefaultTextIsTheModelTextWordForWord) {
  const auto text = default_poster_text();
  EXPECT_EQ(text.headline, "ВАМ У НАС ПОНРАВИЛОСЬ?");
  EXPECT_EQ(text.body,
            "Чтобы оценить УСЛОВИЯ предоставления услуг наведите камеру Вашего телефона и сканируйте QR-код.\n"
            "Перейдя по ссылке Вы сможете:\n"
            "- оценить условия оказания услуг:\n"
            "  - Комфорт и санитарно-гигиеническое состояние помещений\n"
            "  - Доброжелательность и вежливость работников\n"
            "  - Легкость получения информации о работе организации и ее точность\n"
            "  - Легкость записи для получения услуги и своевременность ее оказания\n"
            "  - Доступность для инвалидов\n"
            "- оставить свое обращение\n"
            "Ваша оценка поможет нам стать лучше и убедиться, что все хорошо!");
}

TEST(PrintPoster, PngPreviewShowsTheSamePoster) {
  auto png = poster_png(poster(), 96);
  ASSERT_TRUE(png) << png.error().message;
  const auto image = test::decode_png(*png);
  EXPECT_EQ(image.width, 794);  // 210 mm at 96 dpi
  EXPECT_EQ(image.height, 1123);
  const auto found = test::scan_qr(image);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "https://nok.example.ru/o/sch1?p=77");
  EXPECT_NEAR(px_to_mm(found[0].side_px, 96), 80, 2);
}

}  // namespace
}  // namespace nok::print
