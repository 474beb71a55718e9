// The HTTP layer's own guard: whatever a handler returns, a header with a control character
// or a name that is no token is never sent; the answer is 500 instead, and nothing of the
// refused header reaches the wire.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "support/http_client.h"
#include "support/test_server.h"

namespace nok {
namespace {

constexpr const char* kInjected = "Set-Cookie: injected=1";

http::Response with_header(std::string name, std::string value) {
  auto response = http::Response::text(200, "body");
  response.headers.emplace_back(std::move(name), std::move(value));
  return response;
}

std::string control_named(std::string_view kind) {
  if (kind == "crlf") return "\r\n";
  if (kind == "lf") return "\n";
  if (kind == "cr") return "\r";
  if (kind == "nul") return std::string(1, '\0');
  return "\t";
}

class UnsafeHeaders : public testing::Test {
 protected:
  void SetUp() override {
    router.get("/value/{kind}", [](const http::Request& r) {
      return with_header("X-Note", "a" + control_named(r.param("kind")) + kInjected);
    });
    router.get("/name", [](const http::Request&) { return with_header("X-Note: a\r\nSet-Cookie", "injected=1"); });
    router.get("/type", [](const http::Request&) {
      auto response = http::Response::text(200, "body");
      response.content_type = std::string("text/html\r\n") + kInjected;
      return response;
    });
    router.get("/redirect", [](const http::Request& r) {
      return http::Response::redirect("/" + std::string(r.query_value("to")));  // decoded: may hold CR LF
    });
    router.get("/stream", [this](const http::Request&) {
      auto response = http::Response::streamed("application/zip", [this](const http::StreamWriter& write) {
        produced = true;
        write("PK");
      });
      response.headers.emplace_back("Content-Disposition", std::string("attachment; filename=\"a\r\n") + kInjected);
      return response;
    });
    router.post_deferred("/deferred", [](const http::Request&, http::Reply reply) {
      std::thread([reply = std::move(reply)] {
        reply([] { return with_header("X-Note", std::string("a\r\n") + kInjected); });
      }).detach();
    });
    router.get("/fine", [](const http::Request&) { return with_header("X-Note", "Школа № 5; a=b"); });
    server = std::make_unique<test::TestServer>(router);
  }

  // The whole answer as it came over the wire.
  std::string raw(const std::string& method, const std::string& target) {
    return test::raw_exchange(server->port(), method + " " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" +
                                                  (method == "POST" ? "Content-Length: 0\r\n" : "") + "\r\n");
  }

  static void expect_refused(const std::string& answer) {
    EXPECT_TRUE(answer.starts_with("HTTP/1.1 500 ")) << answer;
    EXPECT_EQ(answer.find("injected"), std::string::npos) << answer;
    EXPECT_EQ(answer.find("X-Note"), std::string::npos) << answer;
  }

  http::Router router;
  std::atomic<bool> produced{false};
  std::unique_ptr<test::TestServer> server;
};

TEST_F(UnsafeHeaders, AValueWithAnyControlCharacterIsNotSent) {
  for (const char* kind : {"crlf", "lf", "cr", "nul", "tab"}) {
    SCOPED_TRACE(kind);
    expect_refused(raw("GET", std::string("/value/") + kind));
  }
}

TEST_F(UnsafeHeaders, ANameThatIsNoTokenIsNotSent) { expect_refused(raw("GET", "/name")); }

TEST_F(UnsafeHeaders, AContentTypeWithALineBreakIsNotSent) { expect_refused(raw("GET", "/type")); }

TEST_F(UnsafeHeaders, ARedirectToAPathWithALineBreakIsRefused) {
  expect_refused(raw("GET", "/redirect?to=%0D%0ASet-Cookie:%20injected=1"));
  EXPECT_TRUE(raw("GET", "/redirect?to=o").starts_with("HTTP/1.1 303 "));
}

TEST_F(UnsafeHeaders, AStreamWithAnUnsafeHeaderIsNeitherSentNorProduced) {
  expect_refused(raw("GET", "/stream"));
  EXPECT_FALSE(produced);
}

TEST_F(UnsafeHeaders, ADeferredAnswerIsCheckedLikeAnyOther) { expect_refused(raw("POST", "/deferred")); }

// A path may carry a secret (a terminal's address, an invitation link): the log of a refused
// header names the route's pattern instead.
TEST_F(UnsafeHeaders, TheLogNamesTheRouteNotThePath) {
  testing::internal::CaptureStderr();
  expect_refused(raw("GET", "/value/crlf"));
  expect_refused(raw("POST", "/deferred"));
  const std::string log = testing::internal::GetCapturedStderr();
  EXPECT_NE(log.find("\"route\":\"/value/{kind}\""), std::string::npos) << log;
  EXPECT_NE(log.find("\"route\":\"/deferred\""), std::string::npos) << log;
  EXPECT_EQ(log.find("/value/crlf"), std::string::npos) << log;
}

TEST_F(UnsafeHeaders, HeadersWithoutControlCharactersGoOutUnchanged) {
  const auto answer = raw("GET", "/fine");
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 200 ")) << answer;
  EXPECT_NE(answer.find("X-Note: Школа № 5; a=b\r\n"), std::string::npos) << answer;
}

}  // namespace
}  // namespace nok
