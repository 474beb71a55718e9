// Where a link or a decoded QR code leads, and the verdict the findings on a site earn.
#include "domain/website/block_target.h"
#include "domain/website/verdict.h"

#include <gtest/gtest.h>

namespace nok::website {
namespace {

constexpr std::string_view kOurs = "https://nok.example.ru/region";

TEST(BlockTarget, OurOrganisationPagesWithAndWithoutAPlacement) {
  auto t = classify("https://nok.example.ru/region/o/school-5", kOurs);
  EXPECT_EQ(t.kind, TargetKind::organisation);
  EXPECT_EQ(t.code, "school-5");
  EXPECT_FALSE(t.placement);
  t = classify("  HTTP://NOK.example.ru:80/region/o/school-5/?p=42#x ", kOurs);
  EXPECT_EQ(t.kind, TargetKind::organisation);
  EXPECT_EQ(t.placement, 42);
  EXPECT_FALSE(classify("https://nok.example.ru/region/o/school-5?p=042", kOurs).placement);
  EXPECT_EQ(classify("https://nok.example.ru/o/school-5", kOurs).kind, TargetKind::elsewhere);  // outside the prefix
  EXPECT_EQ(classify("https://nok.example.ru/region/o/", kOurs).kind, TargetKind::elsewhere);
  EXPECT_EQ(classify("https://nok.example.ru/region/o/a/b", kOurs).kind, TargetKind::elsewhere);
}

TEST(BlockTarget, OtherAddressesBusGovAndEverythingElse) {
  auto t = classify("http://old-nok.example.org/o/school-5", kOurs);
  EXPECT_EQ(t.kind, TargetKind::other_address);
  EXPECT_EQ(t.code, "school-5");
  EXPECT_EQ(classify("https://bus.gov.ru/info-card/123", kOurs).kind, TargetKind::bus_gov);
  EXPECT_EQ(classify("https://www.bus.gov.ru/", kOurs).kind, TargetKind::bus_gov);
  EXPECT_EQ(classify("https://notbus.gov.ru/", kOurs).kind, TargetKind::elsewhere);
  EXPECT_EQ(classify("https://nok.example.ru@evil.example/region/o/school-5", kOurs).kind, TargetKind::other_address);
  for (const char* text : {"javascript:alert(1)", "data:text/html,x", "school-5", "", "ftp://nok.example.ru/region/o/x",
                           "WIFI:S:guest;;"})
    EXPECT_EQ(classify(text, kOurs).kind, TargetKind::elsewhere) << text;
}

Finding qr(std::string text) { return {true, std::move(text), "https://school.example/", "https://school.example/qr.png"}; }
Finding link(std::string text) { return {false, std::move(text), "https://school.example/", ""}; }

TEST(Verdict, TheBestFindingDecides) {
  const SiteOwner owner{"school-5", std::string(kOurs), {7, 8}};
  EXPECT_EQ(judge(owner, {}).verdict, Verdict::missing);
  EXPECT_FALSE(judge(owner, {}).evidence);
  EXPECT_EQ(judge(owner, {link("https://other.example/")}).verdict, Verdict::missing);
  EXPECT_EQ(judge(owner, {link("https://nok.example.ru/region/o/school-5")}).verdict, Verdict::link_only);
  EXPECT_EQ(judge(owner, {link("https://bus.gov.ru/x")}).verdict, Verdict::link_only);
  // A link to another organisation is no fault of this site; its QR code is.
  EXPECT_EQ(judge(owner, {link("https://nok.example.ru/region/o/clinic")}).verdict, Verdict::missing);
  const auto wrong = judge(owner, {link("https://nok.example.ru/region/o/school-5"), qr("https://nok.example.ru/region/o/clinic")});
  EXPECT_EQ(wrong.verdict, Verdict::wrong_org);
  EXPECT_NE(wrong.reason.find("clinic"), std::string::npos);
  EXPECT_EQ(judge(owner, {qr("https://nok.example.ru/region/o/school-5?p=9")}).verdict, Verdict::stale);
  EXPECT_EQ(judge(owner, {qr("http://old.example/o/school-5")}).verdict, Verdict::stale);
  const auto ok = judge(owner, {qr("https://nok.example.ru/region/o/clinic"), qr("https://nok.example.ru/region/o/school-5?p=8"),
                                qr("https://nok.example.ru/region/o/school-5?p=9")});
  EXPECT_EQ(ok.verdict, Verdict::ok);
  EXPECT_EQ(ok.placement, 8);
  ASSERT_TRUE(ok.evidence);
  EXPECT_EQ(ok.evidence->text, "https://nok.example.ru/region/o/school-5?p=8");
  EXPECT_EQ(ok.evidence->image_url, "https://school.example/qr.png");
  EXPECT_EQ(judge(owner, {qr("https://bus.gov.ru/info-card/1")}).verdict, Verdict::ok);
  EXPECT_EQ(judge(owner, {qr("javascript:alert(1)")}).verdict, Verdict::missing);
}

TEST(BlockTarget, ABusGovCardCarriesItsId) {
  EXPECT_EQ(classify("https://bus.gov.ru/info-card/457295", kOurs).bus_gov_card, "457295");
  EXPECT_EQ(classify("https://bus.gov.ru/info-card/457295/?activeTab=5", kOurs).bus_gov_card, "457295");
  EXPECT_EQ(classify("http://www.bus.gov.ru/info-card/12", kOurs).bus_gov_card, "12");
  EXPECT_EQ(classify("https://bus.gov.ru/info-card/12a", kOurs).bus_gov_card, "");
  EXPECT_EQ(classify("https://bus.gov.ru/search?q=457295", kOurs).bus_gov_card, "");
  EXPECT_EQ(classify("https://bus.gov.ru/info-card/", kOurs).bus_gov_card, "");
}

TEST(Verdict, ABusGovCardIsMatchedWhenTheRegistryKnowsTheOrganisations) {
  const SiteOwner owner{"school-5", std::string(kOurs), {}, "457295"};
  EXPECT_EQ(judge(owner, {qr("https://bus.gov.ru/info-card/457295")}).verdict, Verdict::ok);
  const auto other = judge(owner, {qr("https://bus.gov.ru/info-card/999")});
  EXPECT_EQ(other.verdict, Verdict::wrong_org);
  EXPECT_NE(other.reason.find("999"), std::string::npos);
  // The right card wins over another's, as a page of this organisation wins over another's.
  EXPECT_EQ(judge(owner, {qr("https://bus.gov.ru/info-card/999"), qr("https://bus.gov.ru/info-card/457295")}).verdict,
            Verdict::ok);
  EXPECT_EQ(judge(owner, {link("https://bus.gov.ru/info-card/457295")}).verdict, Verdict::link_only);
  EXPECT_EQ(judge(owner, {link("https://bus.gov.ru/info-card/999")}).verdict, Verdict::missing);
  // Pages of bus.gov.ru that are not a card, and cards of an organisation without a known id.
  EXPECT_EQ(judge(owner, {qr("https://bus.gov.ru/")}).verdict, Verdict::ok);
  const SiteOwner unknown{"school-5", std::string(kOurs), {}, ""};
  EXPECT_EQ(judge(unknown, {qr("https://bus.gov.ru/info-card/999")}).verdict, Verdict::ok);
}

TEST(Verdict, NamesReadBack) {
  for (auto v : {Verdict::ok, Verdict::stale, Verdict::wrong_org, Verdict::link_only, Verdict::missing, Verdict::unreachable}) {
    EXPECT_EQ(parse_verdict(name(v)), v);
    EXPECT_FALSE(title(v).empty());
  }
  EXPECT_FALSE(parse_verdict("good"));
}

}  // namespace
}  // namespace nok::website
