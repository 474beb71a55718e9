// Answers for slow networks (http/response_filter.h): text gzip-compressed when the client
// admits it, the stylesheet inside the page, ETags and 304 for what may be stored, static files
// compressed once — and nothing of the kind for personal pages' caching.
#include <zlib.h>

#include "http/staff_site.h"
#include "web/site_style.h"

namespace nok {
namespace {

using test::HttpResult;

std::string gunzip(const std::string& bytes) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  std::string out;
  char chunk[16384];
  int done = Z_OK;
  while (done == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(chunk);
    stream.avail_out = sizeof chunk;
    done = inflate(&stream, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - stream.avail_out);
  }
  inflateEnd(&stream);
  EXPECT_EQ(done, Z_STREAM_END) << "not a whole gzip stream";
  return out;
}

class Compression : public test::StaffSite {
 protected:
  HttpResult get_with(const std::string& target, const std::string& header_lines) {
    return test::http_request(server->port(), "GET", target, header_lines);
  }
};

TEST_F(Compression, APageIsGzippedForAClientThatAdmitsItAndReadsTheSame) {
  const auto plain = get("/o/school");
  ASSERT_EQ(plain.status, 200);
  EXPECT_EQ(header(plain, "Content-Encoding"), "");
  EXPECT_EQ(header(plain, "Vary"), "Accept-Encoding");  // caches keep the two apart

  const auto zipped = get_with("/o/school", "Accept-Encoding: gzip, deflate, br\r\n");
  ASSERT_EQ(zipped.status, 200);
  EXPECT_EQ(header(zipped, "Content-Encoding"), "gzip");
  EXPECT_EQ(header(zipped, "Vary"), "Accept-Encoding");
  EXPECT_EQ(header(zipped, "Content-Length"), std::to_string(zipped.body.size()));
  EXPECT_LT(zipped.body.size(), plain.body.size() / 2);
  EXPECT_EQ(gunzip(zipped.body), plain.body);
  // The second time the same bytes come from the filter's cache: the same answer.
  EXPECT_EQ(get_with("/o/school", "Accept-Encoding: gzip\r\n").body, zipped.body);
}

TEST_F(Compression, OnlyAnAdmittedGzipIsSent) {
  for (const char* refused : {"Accept-Encoding: identity\r\n", "Accept-Encoding: gzip;q=0, br\r\n",
                              "Accept-Encoding: *;q=0\r\n", ""})
    EXPECT_EQ(header(get_with("/o/school", refused), "Content-Encoding"), "") << refused;
  for (const char* admitted : {"Accept-Encoding: *\r\n", "Accept-Encoding: GZIP;q=0.5\r\n", "Accept-Encoding: x-gzip\r\n"})
    EXPECT_EQ(header(get_with("/o/school", admitted), "Content-Encoding"), "gzip") << admitted;
}

TEST_F(Compression, APageCarriesItsStylesheetInItsHead) {
  const auto page = get("/o/school");
  const auto head = page.body.substr(0, page.body.find("</head>"));
  EXPECT_NE(head.find("<style>" + std::string(web::site_style()) + "</style>"), std::string::npos);
  EXPECT_EQ(head.find("<link rel=\"stylesheet\""), std::string::npos);  // no second request before it draws
}

TEST_F(Compression, AStoredPageIsNotSentAgainWhenTheClientHasIt) {
  const auto first = get("/o/school");
  const auto tag = header(first, "ETag");
  ASSERT_FALSE(tag.empty());
  const auto again = get_with("/o/school", "If-None-Match: " + tag + "\r\n");
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(header(again, "ETag"), tag);
  EXPECT_EQ(header(again, "Content-Length"), "");  // a 304 has no body, and no length of one
  EXPECT_EQ(get_with("/o/school", "If-None-Match: \"other\"\r\n").status, 200);

  // The gzip representation has a tag of its own.
  const auto zipped = get_with("/o/school", "Accept-Encoding: gzip\r\n");
  const auto zipped_tag = header(zipped, "ETag");
  EXPECT_NE(zipped_tag, tag);
  EXPECT_EQ(get_with("/o/school", "Accept-Encoding: gzip\r\nIf-None-Match: W/" + zipped_tag + "\r\n").status, 304);
}

TEST_F(Compression, AKeptPageIsSentAsTheRenderedOneWasAndHeadHasItsLengthWithoutIt) {
  const auto rendered = get_with("/o/school", "Accept-Encoding: gzip\r\n");  // renders and keeps it
  const auto kept = get_with("/o/school", "Accept-Encoding: gzip\r\n");
  ASSERT_EQ(kept.status, 200);
  EXPECT_EQ(kept.body, rendered.body);
  EXPECT_EQ(header(kept, "ETag"), header(rendered, "ETag"));
  EXPECT_EQ(header(kept, "Content-Encoding"), "gzip");
  EXPECT_EQ(header(kept, "Vary"), "Accept-Encoding");
  EXPECT_FALSE(header(kept, "Content-Security-Policy").empty());

  const auto head = test::http_request(server->port(), "HEAD", "/o/school", "Accept-Encoding: gzip\r\n");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
  EXPECT_EQ(header(head, "Content-Length"), std::to_string(kept.body.size()));
  EXPECT_EQ(header(head, "ETag"), header(kept, "ETag"));
}

TEST_F(Compression, StaticFilesAreCompressedOnceAndRevalidated) {
  const auto plain = get("/static/site.css");
  const auto zipped = get_with("/static/site.css", "Accept-Encoding: gzip\r\n");
  ASSERT_EQ(zipped.status, 200);
  EXPECT_EQ(header(zipped, "Content-Encoding"), "gzip");
  EXPECT_EQ(header(zipped, "Vary"), "Accept-Encoding");
  EXPECT_EQ(header(zipped, "Cache-Control"), "public, max-age=86400");
  EXPECT_EQ(gunzip(zipped.body), plain.body);
  EXPECT_EQ(plain.body, web::site_style());
  const auto tag = header(zipped, "ETag");
  ASSERT_FALSE(tag.empty());
  EXPECT_NE(tag, header(plain, "ETag"));
  const auto again = get_with("/static/site.css", "Accept-Encoding: gzip\r\nIf-None-Match: " + tag + "\r\n");
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(header(again, "Cache-Control"), "public, max-age=86400");
  // A PNG is compressed already: sent as it is.
  EXPECT_EQ(header(get_with("/o/school/qr.png", "Accept-Encoding: gzip\r\n"), "Content-Encoding"), "");
}

TEST_F(Compression, APersonalPageIsCompressedButNeverStoredOrTagged) {
  const auto staff = signed_in(account("ivanova", "org_staff", "school"));
  const auto page = get_with("/cabinet/school", "Cookie: " + staff.cookie + "\r\nAccept-Encoding: gzip\r\n");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(header(page, "Cache-Control"), "no-store");
  EXPECT_EQ(header(page, "Content-Encoding"), "gzip");
  EXPECT_EQ(header(page, "ETag"), "");
  EXPECT_NE(gunzip(page.body).find("ivanova"), std::string::npos);
  // Whatever it asks, a personal page is sent whole.
  EXPECT_EQ(get_with("/cabinet/school", "Cookie: " + staff.cookie + "\r\nIf-None-Match: *\r\n").status, 200);
}

TEST_F(Compression, ASmallAnswerIsSentAsItIs) {
  const auto health = get_with("/healthz", "Accept-Encoding: gzip\r\n");
  EXPECT_EQ(health.body, "ok\n");
  EXPECT_EQ(header(health, "Content-Encoding"), "");
  EXPECT_EQ(header(health, "Vary"), "");
}

}  // namespace
}  // namespace nok
