// Which clients get gzip, which bodies are worth it, and the tags of what they were sent.
#include <gtest/gtest.h>

#include "http/gzip.h"
#include "http/response_filter.h"

namespace nok {
namespace {

http::Request asking(std::string accept_encoding, std::string if_none_match = "") {
  http::Request request;
  if (!accept_encoding.empty()) request.headers.emplace_back("accept-encoding", std::move(accept_encoding));
  if (!if_none_match.empty()) request.headers.emplace_back("if-none-match", std::move(if_none_match));
  return request;
}

TEST(HttpGzip, AcceptEncodingIsReadWithItsWeights) {
  EXPECT_TRUE(http::accepts_gzip(asking("gzip")));
  EXPECT_TRUE(http::accepts_gzip(asking("br, gzip;q=0.8")));
  EXPECT_TRUE(http::accepts_gzip(asking("*")));
  EXPECT_TRUE(http::accepts_gzip(asking("*;q=0, gzip")));  // named beats the wildcard
  EXPECT_FALSE(http::accepts_gzip(asking("")));
  EXPECT_FALSE(http::accepts_gzip(asking("identity")));
  EXPECT_FALSE(http::accepts_gzip(asking("gzip;q=0")));
  EXPECT_FALSE(http::accepts_gzip(asking("gzip;q=0.000, *")));
  EXPECT_FALSE(http::accepts_gzip(asking("gzipped")));
}

TEST(HttpGzip, TextIsWorthCompressingAndImagesAreNot) {
  for (const char* type : {"text/html; charset=utf-8", "text/css", "application/json; charset=utf-8", "image/svg+xml",
                           "text/csv; charset=utf-8"})
    EXPECT_TRUE(http::compressible(type)) << type;
  for (const char* type : {"image/png", "application/pdf", "application/zip", "application/octet-stream"})
    EXPECT_FALSE(http::compressible(type)) << type;
}

TEST(HttpGzip, TagsDifferByBytesAndByEncoding) {
  EXPECT_EQ(http::entity_tag("страница"), http::entity_tag("страница"));
  EXPECT_NE(http::entity_tag("страница"), http::entity_tag("страницы"));
  EXPECT_NE(http::entity_tag("страница"), http::entity_tag("страница", true));
  const auto tag = http::entity_tag("страница");
  EXPECT_TRUE(tag.starts_with("\"") && tag.ends_with("\""));
  EXPECT_TRUE(http::none_match(asking("", "\"a\", " + tag), tag));
  EXPECT_TRUE(http::none_match(asking("", "W/" + tag), tag));
  EXPECT_TRUE(http::none_match(asking("", "*"), tag));
  EXPECT_FALSE(http::none_match(asking("", "\"a\""), tag));
  EXPECT_FALSE(http::none_match(asking(""), tag));
}

TEST(HttpGzip, TheFilterLeavesStreamsAndEncodedBodiesAlone) {
  const http::ResponseFilter filter;
  http::Response encoded{200, "text/html", std::string(2000, 'x'), {{"Content-Encoding", "br"}}};
  filter(asking("gzip"), encoded);
  EXPECT_EQ(encoded.body, std::string(2000, 'x'));
  http::Response streamed = http::Response::streamed("text/csv", [](const http::StreamWriter&) {});
  filter(asking("gzip"), streamed);
  EXPECT_TRUE(streamed.headers.empty());
  http::Response page{200, "text/html", std::string(2000, 'x'), {}};
  filter(asking("gzip"), page);
  EXPECT_LT(page.body.size(), 100u);
  http::Response error{404, "text/html", std::string(2000, 'x'), {}};
  filter(asking("gzip", "*"), error);
  EXPECT_EQ(error.status, 404);  // only a 200 becomes 304
}

}  // namespace
}  // namespace nok
