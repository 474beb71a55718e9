// The website checker's page reader on saved pages: links, images, inline SVG, the block's
// pages, charsets and pages built to hurt.
#include "crawl/html_page.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace nok::crawl {
namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(NOK_UNIT_DATA_DIR) + "/websites/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(HtmlPage, ResolvesLinksAndImagesAgainstThePage) {
  const auto page = read_page(
      R"(<html><body><a href="/svedeniya">Сведения</a> <a href="nok.html">Независимая оценка качества</a>
         <a href="https://other.example/x#top">x</a> <a href="javascript:void 0">js</a> <a href="mailto:a@b">m</a>
         <img src="logo.png" alt="логотип"><img data-src="/i/qr-code.png"></body></html>)",
      "http://school.example/about/", "");
  EXPECT_EQ(page.links, (std::vector<std::string>{"http://school.example/svedeniya", "http://school.example/about/nok.html",
                                                  "https://other.example/x"}));
  EXPECT_EQ(page.block_pages, std::vector<std::string>{"http://school.example/about/nok.html"});
  ASSERT_EQ(page.images.size(), 2u);
  EXPECT_EQ(page.images[0].url, "http://school.example/i/qr-code.png");  // the likely QR code first
  EXPECT_TRUE(page.images[0].likely_qr);
  EXPECT_EQ(page.images[1].url, "http://school.example/about/logo.png");
}

TEST(HtmlPage, BaseHrefSrcsetAndCyrillicAddresses) {
  const auto page = read_page(
      R"(<html><head><base href="https://cdn.example/site/"></head><body>
         <picture><source srcset="a.webp 1x, b.webp 2x"><img src="c.png"></picture>
         <a href="/нок/">НОК</a></body></html>)",
      "https://school.example/", "");
  ASSERT_EQ(page.images.size(), 3u);
  EXPECT_EQ(page.images[0].url, "https://cdn.example/site/a.webp");
  EXPECT_EQ(page.images[1].url, "https://cdn.example/site/b.webp");
  ASSERT_EQ(page.links.size(), 1u);
  EXPECT_EQ(page.links[0], "https://cdn.example/%D0%BD%D0%BE%D0%BA/");
  EXPECT_TRUE(page.block_pages.empty());  // another host than the page's: not followed
}

TEST(HtmlPage, WordsThatMerelyContainTheAbbreviationAreNoBlock) {
  const auto page = read_page(R"(<a href="/zvonok">Звонок ребёнку</a><a href="/x">Раздел НОК</a>)", "http://s.example/", "");
  EXPECT_EQ(page.block_pages, std::vector<std::string>{"http://s.example/x"});
}

TEST(HtmlPage, InlineSvgKeepsWhatAnSvgReaderNeeds) {
  const auto page = read_page(R"(<div><svg viewBox="0 0 10 10" class="qr"><rect width="5" height="5"/></svg></div>)",
                              "http://s.example/", "");
  ASSERT_EQ(page.images.size(), 1u);
  EXPECT_TRUE(page.images[0].url.empty());
  EXPECT_NE(page.images[0].svg.find("xmlns=\"http://www.w3.org/2000/svg\""), std::string::npos);
  EXPECT_NE(page.images[0].svg.find("viewBox="), std::string::npos);
  EXPECT_TRUE(page.images[0].likely_qr);
}

TEST(HtmlPage, Windows1251ByHeaderAndByMeta) {
  const auto bytes = fixture("cp1251.html");
  ASSERT_FALSE(bytes.empty());
  for (const auto& charset : {std::string("windows-1251"), std::string()}) {
    const auto page = read_page(bytes, "http://s.example/", charset);
    EXPECT_EQ(page.block_pages, std::vector<std::string>{"http://s.example/nok"}) << charset;
  }
  EXPECT_EQ(charset_of("text/html; charset=\"Windows-1251\""), "Windows-1251");
  EXPECT_EQ(charset_of("text/html"), "");
}

TEST(HtmlPage, DeepNestingAndGarbageAreSurvived) {
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  deep += R"(<a href="/deep">НОК</a>)";
  const auto page = read_page(deep, "http://s.example/", "");
  (void)page;  // libxml2 may stop reading at its depth limit; it must not crash or recurse
  const auto garbage = read_page(std::string("\0\xff<<>>&&#x0;<a href=", 20), "http://s.example/", "utf-8");
  EXPECT_TRUE(garbage.images.empty());
  EXPECT_TRUE(read_page("<a href='/x'>x</a>", "not a url", "").links.empty());
}

TEST(HtmlPage, AddressesThatLeadNowhereAreNoLinks) {
  // Both found by fuzzing: a scheme with no host, and a data: URL in capitals.
  const auto page = read_page(R"(<a href="https:/x">a</a><a href="DATA:text/html,x">b</a><a href="HTTPS://S.example/Y">c</a>)",
                              "http://s.example/", "");
  EXPECT_EQ(page.links, std::vector<std::string>{"https://S.example/Y"});
}

TEST(HtmlPage, LimitsBoundWhatAPageYields) {
  std::string many;
  for (int i = 0; i < 5000; ++i) many += "<a href='/p" + std::to_string(i) + "'>НОК</a><img src='/i" + std::to_string(i) + ".png'>";
  const auto page = read_page(many, "http://s.example/", "");
  EXPECT_EQ(page.links.size(), PageLimits{}.links);
  EXPECT_EQ(page.images.size(), PageLimits{}.images);
  EXPECT_EQ(page.block_pages.size(), PageLimits{}.block_pages);
}

}  // namespace
}  // namespace nok::crawl
