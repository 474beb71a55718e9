#include <set>
#include <gtest/gtest.h>

#include "app/demo/demo_registry.h"
#include "app/registry/reference_data.h"
#include "domain/registry/inn.h"
#include "domain/registry/organisation_csv.h"

namespace nok {
namespace {

TEST(Inn, AcceptsValidTenAndTwelveDigitNumbers) {
  EXPECT_TRUE(valid_inn("7707083893"));    // ПАО Сбербанк
  EXPECT_TRUE(valid_inn("500100732259"));  // a valid personal ИНН
}

TEST(Inn, RejectsBadChecksumsLengthsAndCharacters) {
  EXPECT_FALSE(valid_inn("7707083894"));
  EXPECT_FALSE(valid_inn("500100732258"));
  EXPECT_FALSE(valid_inn("770708389"));
  EXPECT_FALSE(valid_inn("77070838 3"));
  EXPECT_FALSE(valid_inn(""));
}

TEST(Sphere, ParsesCodesAndRussianNames) {
  EXPECT_EQ(parse_sphere("health"), Sphere::health);
  EXPECT_EQ(parse_sphere("Здравоохранение"), Sphere::health);
  EXPECT_EQ(parse_sphere("МСЭ"), Sphere::mse);
  EXPECT_EQ(parse_sphere(" КУЛЬТУРА "), Sphere::culture);
  EXPECT_FALSE(parse_sphere("sport"));
  EXPECT_EQ(parse_level("Муниципальный"), Level::municipal);
}

TEST(OrganisationCsv, ParsesAGoodFileWithDefaults) {
  auto parsed = parse_organisations(
      "inn,full_name,region,sphere\n7707083893,Школа № 1,77,education\n", known_regions());
  ASSERT_TRUE(parsed.errors.empty()) << describe(parsed.errors[0]);
  ASSERT_EQ(parsed.organisations.size(), 1u);
  const auto& o = parsed.organisations[0];
  EXPECT_EQ(o.code, "7707083893");  // the code defaults to the ИНН
  EXPECT_EQ(o.short_name, "Школа № 1");
  EXPECT_EQ(o.region_code, "77");
  EXPECT_EQ(o.level, Level::regional);
}

TEST(OrganisationCsv, AcceptsRussianHeadersSemicolonsAndRegionNames) {
  auto parsed = parse_organisations(
      "\xEF\xBB\xBF" "Код;ИНН;Наименование;Регион;Сфера;Уровень;Число получателей услуг\r\n"
      "sch1;7707083893;Школа;г. Москва;Образование;муниципальный;900\r\n",
      known_regions());
  ASSERT_TRUE(parsed.errors.empty()) << describe(parsed.errors[0]);
  EXPECT_EQ(parsed.organisations[0].region_code, "77");
  EXPECT_EQ(parsed.organisations[0].recipients_per_year, 900);
}

TEST(OrganisationCsv, ListsEveryErrorWithItsLine) {
  auto parsed = parse_organisations(
      "code,inn,full_name,region,sphere,recipients\n"
      "a,7707083893,Школа,77,education,10\n"   // line 2: good
      "b,7707083894,Школа,77,education,10\n"   // line 3: bad checksum
      "c,7707083893,,99,sport,-1\n"            // line 4: missing name, region, sphere, number
      "a,7707083893,Школа,77,education,10\n",  // line 5: duplicate of line 2
      known_regions());
  std::vector<std::pair<int, std::string>> got;
  for (const auto& e : parsed.errors) got.emplace_back(e.line, e.code);
  const std::vector<std::pair<int, std::string>> want{
      {3, "import_bad_inn"},         {4, "import_missing_field"}, {4, "import_unknown_region"},
      {4, "import_unknown_sphere"},  {4, "import_bad_number"},    {5, "import_duplicate"}};
  EXPECT_EQ(got, want);
}

TEST(OrganisationCsv, ReportsMissingColumnsOnTheHeaderLine) {
  auto parsed = parse_organisations("inn,full_name\n7707083893,x\n", known_regions());
  ASSERT_EQ(parsed.errors.size(), 2u);
  EXPECT_EQ(parsed.errors[0].line, 1);
  EXPECT_EQ(parsed.errors[0].code, "import_missing_column");
}

TEST(OrganisationCsv, ReportsRowsWithTheWrongNumberOfFields) {
  auto parsed = parse_organisations("inn,full_name,region,sphere\n7707083893,Школа,77\n", known_regions());
  ASSERT_FALSE(parsed.errors.empty());
  EXPECT_EQ(parsed.errors[0].code, "import_field_count");
  EXPECT_EQ(parsed.errors[0].line, 2);
}

TEST(DemoRegistry, IsDeterministicPlausibleAndValid) {
  auto a = generate_demo_registry(10000, 7, known_regions());
  auto b = generate_demo_registry(10000, 7, known_regions());
  auto c = generate_demo_registry(100, 8, known_regions());
  ASSERT_EQ(a.size(), 10000u);
  std::set<std::string> codes, regions;
  std::set<Sphere> spheres;
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].code, b[i].code);
    EXPECT_EQ(a[i].full_name, b[i].full_name);
    EXPECT_TRUE(valid_inn(a[i].inn)) << a[i].inn;
    EXPECT_TRUE(valid_public_code(a[i].code));
    codes.insert(a[i].code);
    regions.insert(a[i].region_code);
    spheres.insert(a[i].sphere);
  }
  EXPECT_EQ(codes.size(), a.size());
  EXPECT_EQ(spheres.size(), 5u);
  EXPECT_GT(regions.size(), 80u);
  EXPECT_NE(a[0].code, c[0].code);
}

TEST(OrganisationCsv, WhatIsWrittenReadsBackUnchanged) {
  Organisation o{0, "sch-1", "7707083893", "=ГБОУ \"Школа\", № 1", "-Школа", "77", Sphere::mse, Level::municipal,
                 "Департамент; образования", "Район\nСеверный", "@ул. Ленина, 1", "https://s.example.ru", 1200,
                 "0123456"};
  const auto parsed = parse_organisations(write_organisations(std::vector{o}), known_regions());
  ASSERT_TRUE(parsed.errors.empty()) << describe(parsed.errors.front());
  ASSERT_EQ(parsed.organisations.size(), 1u);
  const auto& back = parsed.organisations.front();
  EXPECT_EQ(back.code, o.code);
  EXPECT_EQ(back.full_name, o.full_name);
  EXPECT_EQ(back.short_name, o.short_name);
  EXPECT_EQ(back.sphere, o.sphere);
  EXPECT_EQ(back.level, o.level);
  EXPECT_EQ(back.authority, o.authority);
  EXPECT_EQ(back.municipality, o.municipality);
  EXPECT_EQ(back.address, o.address);
  EXPECT_EQ(back.website, o.website);
  EXPECT_EQ(back.recipients_per_year, o.recipients_per_year);
  EXPECT_EQ(back.bus_gov_card, o.bus_gov_card);
}

TEST(OrganisationCsv, ReadsTheBusGovCardAndRefusesABadOneByLine) {
  auto parsed = parse_organisations(
      "code,inn,full_name,region,sphere,карточка bus.gov.ru\n"
      "a,7707083893,Школа,77,education,457295\n"        // line 2: good
      "b,7707083893,Школа,77,education,\n"              // line 3: empty: none (clears a stored one)
      "c,7707083893,Школа,77,education,45 72\n"         // line 4: not digits
      "d,7707083893,Школа,77,education,1234567890123\n"  // line 5: too long
      "e,7707083893,Школа,77,education,https://bus.gov.ru/info-card/1\n",  // line 6: an address, not the id
      known_regions());
  std::vector<std::pair<int, std::string>> got;
  for (const auto& e : parsed.errors) got.emplace_back(e.line, e.code + "/" + e.column);
  const std::vector<std::pair<int, std::string>> want{{4, "import_bad_bus_gov_card/bus_gov_card"},
                                                      {5, "import_bad_bus_gov_card/bus_gov_card"},
                                                      {6, "import_bad_bus_gov_card/bus_gov_card"}};
  EXPECT_EQ(got, want);
  ASSERT_EQ(parsed.organisations.size(), 2u);
  EXPECT_EQ(parsed.organisations[0].bus_gov_card, "457295");
  EXPECT_EQ(parsed.organisations[1].bus_gov_card, "");
}

TEST(OrganisationCsv, AFileWithoutTheBusGovColumnLeavesTheCardUnset) {
  auto parsed = parse_organisations("inn,full_name,region,sphere\n7707083893,Школа,77,education\n", known_regions());
  ASSERT_EQ(parsed.organisations.size(), 1u);
  EXPECT_FALSE(parsed.organisations[0].bus_gov_card);  // the stored id stays
}

TEST(QrDestination, BusGovOnlyWithACardAndTheOrganisationsChoiceFirst) {
  EXPECT_EQ(effective_qr_destination(std::nullopt, QrDestination::nok, "1"), QrDestination::nok);
  EXPECT_EQ(effective_qr_destination(std::nullopt, QrDestination::bus_gov, "1"), QrDestination::bus_gov);
  EXPECT_EQ(effective_qr_destination(QrDestination::nok, QrDestination::bus_gov, "1"), QrDestination::nok);
  EXPECT_EQ(effective_qr_destination(QrDestination::bus_gov, QrDestination::nok, "1"), QrDestination::bus_gov);
  EXPECT_EQ(effective_qr_destination(QrDestination::bus_gov, QrDestination::bus_gov, ""), QrDestination::nok);
  EXPECT_EQ(bus_gov_card_url("457295"), "https://bus.gov.ru/info-card/457295");
  EXPECT_TRUE(valid_bus_gov_card("1"));
  EXPECT_TRUE(valid_bus_gov_card("123456789012"));
  EXPECT_FALSE(valid_bus_gov_card("1234567890123"));
  EXPECT_FALSE(valid_bus_gov_card("12a"));
  EXPECT_FALSE(valid_bus_gov_card("-1"));
  EXPECT_EQ(parse_qr_destination("bus_gov"), QrDestination::bus_gov);
  EXPECT_FALSE(parse_qr_destination("region"));
}

}  // namespace
}  // namespace nok
