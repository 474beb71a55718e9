// robots.txt as the website checker reads it (RFC 9309).
#include "domain/website/robots.h"

#include <gtest/gtest.h>

namespace nok::website {
namespace {

TEST(Robots, OurGroupWinsOverTheStarGroup) {
  const auto rules = RobotsRules::parse(
      "User-agent: *\nDisallow: /\n\nUser-agent: Nok-Website-Check\nDisallow: /private\nCrawl-delay: 3\n",
      "nok-website-check/0.1 (+https://nok.example)");
  EXPECT_TRUE(rules.allows("/"));
  EXPECT_TRUE(rules.allows("/nok"));
  EXPECT_FALSE(rules.allows("/private/x"));
  EXPECT_EQ(rules.crawl_delay(), std::chrono::seconds(3));
  // Another crawler's group is not ours, though its name starts like ours.
  EXPECT_FALSE(RobotsRules::parse("User-agent: nok\nDisallow: /\nUser-agent: *\nDisallow: /x\n", "nok-website-check")
                   .allows("/x"));
  EXPECT_TRUE(RobotsRules::parse("User-agent: nok\nDisallow: /\nUser-agent: *\nDisallow: /x\n", "nok-website-check")
                  .allows("/y"));
}

TEST(Robots, TheLongestMatchDecidesAndAllowWinsATie) {
  const auto rules = RobotsRules::parse(
      "user-agent: *\r\nDisallow: /docs/\r\nAllow: /docs/nok\r\nDisallow: /*.pdf$\r\nDisallow: /a*b\r\n"
      "Disallow: /tie\r\nAllow: /tie\r\nDisallow:\r\n# comment\r\nnonsense line\r\n",
      "nok-website-check");
  EXPECT_FALSE(rules.allows("/docs/x"));
  EXPECT_TRUE(rules.allows("/docs/nok.html"));
  EXPECT_FALSE(rules.allows("/files/report.pdf"));
  EXPECT_TRUE(rules.allows("/files/report.pdf?x=1"));
  EXPECT_FALSE(rules.allows("/a/long/b/path"));
  EXPECT_TRUE(rules.allows("/a/long/path"));
  EXPECT_TRUE(rules.allows("/tie"));
  EXPECT_TRUE(rules.allows("/"));
}

TEST(Robots, NothingForUsAllowsAllAndAFailingServerNothing) {
  EXPECT_TRUE(RobotsRules().allows("/anything"));
  EXPECT_TRUE(RobotsRules::parse("User-agent: googlebot\nDisallow: /\n", "nok-website-check").allows("/"));
  EXPECT_TRUE(RobotsRules::parse("", "nok-website-check").allows("/"));
  EXPECT_FALSE(RobotsRules::disallow_all().allows("/"));
  EXPECT_EQ(RobotsRules::parse("User-agent: *\nCrawl-delay: 99999\n", "x").crawl_delay(), std::chrono::seconds(3600));
}

}  // namespace
}  // namespace nok::website
