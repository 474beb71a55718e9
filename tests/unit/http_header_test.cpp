// Header values made from input: control characters are refused, file names are encoded.
#include "http/header.h"

#include <gtest/gtest.h>

#include "http/message.h"

namespace nok {
namespace {

TEST(HttpHeader, ValuesWithAControlCharacterAreRefused) {
  EXPECT_EQ(http::header_value("Location", "/o/abc?x=1"), "/o/abc?x=1");
  EXPECT_EQ(http::header_value("X-Name", "Школа № 5"), "Школа № 5");  // UTF-8 is not a control character
  for (const char* bad : {"/\r\nSet-Cookie: x=1", "/\n", "/\r", "/\t", "a\x01", "a\x1f", "a\x7f"})
    EXPECT_THROW(http::header_value("Location", bad), http::UnsafeHeader) << bad;
  EXPECT_THROW(http::header_value("Location", std::string_view("/\0", 2)), http::UnsafeHeader);
}

TEST(HttpHeader, NamesMustBeTokens) {
  EXPECT_TRUE(http::valid_header_name("Content-Security-Policy"));
  EXPECT_TRUE(http::valid_header_name("X-Nok-Organisations"));
  for (const char* bad : {"", "Set-Cookie:", "A B", "A\r\nB", "Имя", "a(b)"}) EXPECT_FALSE(http::valid_header_name(bad)) << bad;
}

TEST(HttpHeader, RedirectsRefuseALocationThatWouldSplitTheResponse) {
  EXPECT_EQ(http::Response::redirect("/o/abc").headers.at(0).second, "/o/abc");
  EXPECT_THROW(http::Response::redirect("/o/abc\r\nSet-Cookie: nok_session=x"), http::UnsafeHeader);
}

TEST(HttpHeader, AsciiFileNamesNeedNoEncodedForm) {
  EXPECT_EQ(http::content_disposition("inline", "abc-qr.pdf"), "inline; filename=\"abc-qr.pdf\"");
}

TEST(HttpHeader, OtherFileNamesGetALatinFallbackAndTheExactNameEncoded) {
  EXPECT_EQ(http::content_disposition("attachment", "отчёт 2026.csv"),
            "attachment; filename=\"otchet 2026.csv\"; "
            "filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82%202026.csv");
  EXPECT_EQ(http::content_disposition("attachment", "ГП-25-Зеленодольск-плакат-A4.pdf"),
            "attachment; filename=\"GP-25-Zelenodolsk-plakat-A4.pdf\"; filename*=UTF-8''"
            "%D0%93%D0%9F-25-%D0%97%D0%B5%D0%BB%D0%B5%D0%BD%D0%BE%D0%B4%D0%BE%D0%BB%D1%8C%D1%81%D0%BA-"
            "%D0%BF%D0%BB%D0%B0%D0%BA%D0%B0%D1%82-A4.pdf");
  // A character with no Latin form is '_' in the fallback and exact in the encoded name.
  EXPECT_EQ(http::content_disposition("inline", "a😀.pdf"),
            "inline; filename=\"a_.pdf\"; filename*=UTF-8''a%F0%9F%98%80.pdf");
  EXPECT_EQ(http::content_disposition("attachment", "a\"b\\c%d;.zip"),
            "attachment; filename=\"a_b_c_d;.zip\"; filename*=UTF-8''a%22b%5Cc%25d%3B.zip");
}

TEST(HttpHeader, FileNamesWithControlCharactersAreRefused) {
  EXPECT_THROW(http::content_disposition("attachment", "a\r\nSet-Cookie: x=1.zip"), http::UnsafeHeader);
}

}  // namespace
}  // namespace nok
