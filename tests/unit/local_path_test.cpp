// The one check of a return path taken from a request (`next=`, `back=`): only paths of this
// site come back, in normal percent-encoded form; everything a browser could read as another
// host, or a header could be split by, becomes the fallback.
#include "web/local_path.h"

#include <gtest/gtest.h>

namespace nok {
namespace {

using web::local_return_path;

TEST(LocalReturnPath, PathsOfThisSiteComeBackWithTheirQuery) {
  EXPECT_EQ(local_return_path("/"), "/");
  EXPECT_EQ(local_return_path("/o/abc"), "/o/abc");
  EXPECT_EQ(local_return_path("/o/abc/survey?step=2&x=1"), "/o/abc/survey?step=2&x=1");
  EXPECT_EQ(local_return_path("/search?q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0"), "/search?q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0");
  EXPECT_EQ(local_return_path("/search?q=a%20b"), "/search?q=a%20b");  // a space in the query stays encoded
  EXPECT_EQ(local_return_path("/javascript:alert(1)"), "/javascript:alert(1)");  // a path here, not a scheme
}

TEST(LocalReturnPath, TheResultIsInNormalForm) {
  EXPECT_EQ(local_return_path("/o/%61bc"), "/o/abc");                // unreserved characters decoded
  EXPECT_EQ(local_return_path("/o/%d1%88"), "/o/%D1%88");             // the rest encoded in capitals
  EXPECT_EQ(local_return_path("/a/./b/../c"), "/a/c");               // dot segments removed
  EXPECT_EQ(local_return_path("/a/b/.."), "/a/");
  EXPECT_EQ(local_return_path("/o/abc/"), "/o/abc/");
  EXPECT_EQ(local_return_path("/../../etc/passwd"), "/etc/passwd");  // and never above the root
  EXPECT_EQ(local_return_path("/%2e%2e/%2e%2e/o/abc"), "/o/abc");
}

TEST(LocalReturnPath, OtherHostsSchemesAndRelativePathsFallBack) {
  for (const char* raw : {"", "o/abc", "//evil.example", "//evil.example/o/abc", "///evil.example",
                          "https://evil.example/", "http:evil.example", "javascript:alert(1)",
                          "data:text/html,<script>alert(1)</script>", "?next=/", "#top", "./o/abc", ".", ".."})
    EXPECT_EQ(local_return_path(raw), "/") << raw;
}

TEST(LocalReturnPath, WhatBrowsersDropOrBendFallsBack) {
  // Browsers remove tabs and line breaks from a Location and take '\' for '/'.
  for (const char* raw : {"/\t/evil.example", "/\\evil.example", "\\\\evil.example", "/\\/evil.example",
                          "\t//evil.example", " /o/abc", "/o/abc ", "/o /abc", "/\r\n/evil.example",
                          "/\n/evil.example", "/o/abc\x7f", "/o/abc\x01", "/o/abc#frag", "/o/\xD1\x88"})
    EXPECT_EQ(local_return_path(raw), "/") << raw;
  EXPECT_EQ(local_return_path(std::string_view("/o/a\0bc", 7)), "/");
}

TEST(LocalReturnPath, EncodedSlashesBackslashesAndControlsFallBackAfterDecoding) {
  for (const char* raw : {"/%09/evil.example", "/%2f%2fevil.example", "/%2F%2Fevil.example", "/%2Fevil.example",
                          "/%5cevil.example", "/%5C%5Cevil.example", "/o/a%2fb", "/o/%0d%0aSet-Cookie:%20x=1",
                          "/o/%0aX-Injected:%201", "/o/%00", "/o/%20abc", "/a/..//evil.example",
                          "/a/%2e%2e/%2fevil.example", "/o/abc?x=%0d%0aSet-Cookie:%20y=1", "/o/abc?x=%00"})
    EXPECT_EQ(local_return_path(raw), "/") << raw;
}

TEST(LocalReturnPath, DoubleEncodingStaysEncodedAndSoHarmless) {
  // One decoding leaves "%0d%0a" as text: it goes back out encoded once more, never as bytes.
  EXPECT_EQ(local_return_path("/o/%250d%250aX-Injected:1"), "/o/%250d%250aX-Injected:1");
  EXPECT_EQ(local_return_path("/%252f%252fevil.example"), "/%252f%252fevil.example");
}

TEST(LocalReturnPath, OverlongPathsFallBackRatherThanBeingCut) {
  const std::string longest = "/" + std::string(web::kMaxReturnPath - 1, 'a');
  EXPECT_EQ(local_return_path(longest), longest);
  EXPECT_EQ(local_return_path(longest + "a"), "/");
}

TEST(LocalReturnPath, TheFallbackIsTheCallersChoice) {
  EXPECT_EQ(local_return_path("//evil.example", "/staff"), "/staff");
  EXPECT_EQ(local_return_path("/cycles", "/staff"), "/cycles");
}

TEST(LocalReturnPath, NothingItReturnsHoldsAControlCharacterSpaceOrBackslash) {
  // Every byte in every position of a short path: whatever passes is safe for a header.
  for (int c = 0; c < 256; ++c)
    for (const std::string& raw : {std::string("/") + char(c), std::string("/a") + char(c) + "b",
                                   std::string("/a?") + char(c), std::string("/%") + char(c) + "0"}) {
      const auto out = local_return_path(raw);
      ASSERT_EQ(out.front(), '/') << c;
      if (out.size() > 1) {
        ASSERT_NE(out[1], '/') << c;
      }
      for (unsigned char o : out) ASSERT_TRUE(o > 0x20 && o < 0x7f && o != '\\') << c << " " << out;
    }
}

}  // namespace
}  // namespace nok
