// The region archive: a ZIP that `unzip` accepts, one file per organisation, written as
// it goes, each file the document it names.
#include <gtest/gtest.h>

#include <fstream>

#include "print/document.h"
#include "support/temp_dir.h"
#include "unit/print_scan.h"

namespace nok::print {
namespace {

Organisation org(const std::string& code, Sphere sphere) {
  Organisation o;
  o.code = code;
  o.short_name = "Организация " + code;
  o.sphere = sphere;
  return o;
}

TEST(PrintZip, UnzipAcceptsStoredEntriesWithRussianNames) {
  std::string archive;
  ZipWriter zip([&archive](std::string_view bytes) { archive.append(bytes); });
  ASSERT_TRUE(zip.add("readme.txt", "hello\n"));
  ASSERT_TRUE(zip.add("Плакаты/школа.txt", "привет\n"));
  ASSERT_TRUE(zip.add("empty", ""));
  ASSERT_TRUE(zip.finish());
  EXPECT_EQ(zip.bytes_written(), archive.size());
  EXPECT_FALSE(zip.add("late", "x"));

  test::TempDir dir;
  std::ofstream(dir.file("a.zip"), std::ios::binary) << archive;
  std::string out;
  EXPECT_EQ(test::run("unzip -t '" + dir.file("a.zip") + "'", out), 0) << out;
  EXPECT_NE(out.find("No errors detected"), std::string::npos) << out;
  EXPECT_EQ(test::run("unzip -Z1 '" + dir.file("a.zip") + "'", out), 0);
  EXPECT_EQ(out, "readme.txt\nПлакаты/школа.txt\nempty\n");
  EXPECT_EQ(test::run("LC_ALL=C.UTF-8 unzip -p '" + dir.file("a.zip") + "' 'Плакаты/школа.txt'", out), 0);
  EXPECT_EQ(out, "привет\n");
  EXPECT_EQ(
      test::run("cd '" + dir.path().string() + "' && LC_ALL=C.UTF-8 unzip -q a.zip && stat -c %A readme.txt", out), 0);
  EXPECT_EQ(out, "-rw-r--r--\n");
}

TEST(PrintZip, BundleWritesOneDocumentPerOrganisationPageByPage) {
  const std::vector<std::vector<Organisation>> pages{
      {org("a1", Sphere::culture), org("b2", Sphere::health)}, {org("c3", Sphere::mse)}, {}};
  std::size_t next = 0, progress_calls = 0;
  std::string archive;
  ZipWriter zip([&archive](std::string_view bytes) { archive.append(bytes); });
  DocumentOptions options;
  options.kind = DocumentKind::ticket;
  options.public_url = "https://nok.example.ru";
  auto written = write_bundle(
      zip, [&] { return pages.at(next++); }, options, [&](std::size_t) { ++progress_calls; });
  ASSERT_TRUE(written) << written.error().message;
  EXPECT_EQ(*written, 3u);
  EXPECT_EQ(progress_calls, 3u);

  test::TempDir dir;
  std::ofstream(dir.file("r.zip"), std::ios::binary) << archive;
  std::string out;
  // Names people read, the code keeping two organisations of the same name apart.
  EXPECT_EQ(test::run("LC_ALL=C.UTF-8 unzip -Z1 '" + dir.file("r.zip") + "'", out), 0) << out;
  EXPECT_EQ(out,
            "Организация-a1-a1-талон-58-мм.pdf\nОрганизация-b2-b2-талон-58-мм.pdf\nОрганизация-c3-c3-талон-58-мм.pdf\n");
  EXPECT_EQ(test::run("LC_ALL=C.UTF-8 unzip -p '" + dir.file("r.zip") + "' 'Организация-b2-b2-талон-58-мм.pdf'", out), 0);
  const auto found = test::scan_qr(test::rasterise_pdf(out, 200));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "https://nok.example.ru/o/b2");
}

TEST(PrintZip, BundleStopsAtTheFirstFailureNamingTheOrganisation) {
  std::string archive;
  ZipWriter zip([&archive](std::string_view bytes) { archive.append(bytes); });
  DocumentOptions options;
  options.distance_m = 3;  // a 300 mm code fits no A4 poster
  bool asked = false;
  auto written = write_bundle(
      zip,
      [&] { return std::exchange(asked, true) ? std::vector<Organisation>{} : std::vector{org("x9", Sphere::social)}; },
      options, [](std::size_t) {});
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().code, "qr_does_not_fit");
  EXPECT_NE(written.error().message.find("x9"), std::string::npos);
}

TEST(PrintZip, LeafletsAreADocumentKindWithTheirOwnName) {
  ASSERT_TRUE(parse_document_kind("leaflet"));
  DocumentOptions options;
  options.kind = *parse_document_kind("leaflet");
  options.public_url = "https://nok.example.ru";
  auto document = render_document(org("a1", Sphere::social), options);
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->file_name, "Организация-a1-a1-листовка-A5.pdf");
  EXPECT_NEAR(test::pdf_words(document->bytes).width_pt, 154 * 72 / 25.4, 0.5);
  EXPECT_NE(test::pdf_text(document->bytes).find("nok.example.ru/o/a1"), std::string::npos);
  EXPECT_EQ(parse_document_kind("a5").error().code, "bad_format");
}

}  // namespace
}  // namespace nok::print
