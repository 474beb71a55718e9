// The HTTP server itself: limits, malformed input, keep-alive, graceful shutdown.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>

#include "support/http_client.h"
#include "support/test_server.h"

namespace nok {
namespace {

http::Router echo_router(std::atomic<bool>* slow_started = nullptr) {
  http::Router r;
  r.get("/hello/{name}", [](const http::Request& q) {
    return http::Response::text(200, "hello " + std::string(q.param("name")) + " " + std::string(q.query_value("x")));
  });
  r.post("/echo", [](const http::Request& q) { return http::Response::text(200, q.body); });
  r.get("/slow", [slow_started](const http::Request&) {
    if (slow_started) *slow_started = true;
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    return http::Response::text(200, "finished");
  });
  r.get("/whoami", [](const http::Request& q) { return http::Response::text(200, q.remote_address); });
  r.get("/boom", [](const http::Request&) -> http::Response { throw std::runtime_error("boom"); });
  return r;
}

TEST(Server, RoutesCapturesAndDecodesQuery) {
  auto router = echo_router();
  test::TestServer server(router);
  auto r = test::http_get(server.port(), "/hello/%D0%BC%D0%B8%D1%80?x=a+b%2Bc");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "hello мир a b+c");
}

TEST(Server, UnknownPathIs404AndWrongMethodIs405) {
  auto router = echo_router();
  test::TestServer server(router);
  EXPECT_EQ(test::http_get(server.port(), "/nothing").status, 404);
  EXPECT_EQ(test::http_get(server.port(), "/echo").status, 405);
}

TEST(Server, HeadHasHeadersButNoBody) {
  auto router = echo_router();
  test::TestServer server(router);
  auto r = test::http_get(server.port(), "/hello/x", "HEAD");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.body.empty());
  EXPECT_NE(r.headers.find("Content-Length: 8"), std::string::npos);
}

TEST(Server, InvalidUtf8InQueryIs400) {
  auto router = echo_router();
  test::TestServer server(router);
  EXPECT_EQ(test::http_get(server.port(), "/hello/x?x=%C0%AF").status, 400);
  EXPECT_EQ(test::http_get(server.port(), "/hello/%FF").status, 400);
}

TEST(Server, OversizedBodyIs413) {
  auto router = echo_router();
  http::ServerConfig config;
  config.body_limit = 1024;
  test::TestServer server(router, config);
  EXPECT_EQ(test::http_get(server.port(), "/echo", "POST", std::string(1000, 'a')).status, 200);
  auto answer = test::raw_exchange(server.port(),
                                   "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" + std::string(5000, 'a'));
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 413")) << answer;
}

TEST(Server, OversizedHeadersAre431) {
  auto router = echo_router();
  test::TestServer server(router);
  auto answer = test::raw_exchange(server.port(), "GET /hello/x HTTP/1.1\r\nHost: x\r\nX-Big: " +
                                                      std::string(64 * 1024, 'b') + "\r\n\r\n");
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 431")) << answer.substr(0, 100);
}

TEST(Server, MalformedRequestIs400AndTheServerKeepsServing) {
  auto router = echo_router();
  test::TestServer server(router);
  for (const char* garbage : {"BLAH\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "GET /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
                              "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"}) {
    auto answer = test::raw_exchange(server.port(), garbage);
    EXPECT_TRUE(answer.empty() || answer.starts_with("HTTP/1.1 400")) << answer;
  }
  EXPECT_EQ(test::http_get(server.port(), "/hello/x").status, 200);
}

TEST(Server, KeepsConnectionsAlive) {
  auto router = echo_router();
  test::TestServer server(router);
  auto answer = test::raw_exchange(
      server.port(), "GET /hello/a HTTP/1.1\r\nHost: x\r\n\r\nGET /hello/b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_NE(answer.find("hello a"), std::string::npos);
  EXPECT_NE(answer.find("hello b"), std::string::npos);
}

TEST(Server, AHandlerThatThrowsGets500AndTheServerKeepsServing) {
  auto router = echo_router();
  test::TestServer server(router);
  EXPECT_EQ(test::http_get(server.port(), "/boom").status, 500);
  EXPECT_EQ(test::http_get(server.port(), "/hello/x").status, 200);
}

TEST(Server, StopLetsRequestsInFlightFinish) {
  std::atomic<bool> started{false};
  auto router = echo_router(&started);
  auto server = std::make_unique<test::TestServer>(router);
  const auto port = server->port();
  auto pending = std::async(std::launch::async, [port] { return test::http_get(port, "/slow"); });
  while (!started) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  server.reset();  // stop() and join while /slow is still sleeping
  auto r = pending.get();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "finished");
}

TEST(Server, StoppingBehindABalancerFailsTheHealthCheckFirstAndKeepsServing) {
  http::Router router = echo_router();
  router.get("/healthz", [](const http::Request&) { return http::Response::text(200, "ok\n"); });
  http::ServerConfig config;
  config.announce_drain = std::chrono::milliseconds(600);
  auto server = std::make_unique<test::TestServer>(router, config);
  const auto port = server->port();
  EXPECT_EQ(test::http_get(port, "/healthz").status, 200);
  server->server().stop();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(test::http_get(port, "/healthz").status, 503);
  const auto answer = test::raw_exchange(port, "GET /hello/a HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 200")) << answer;
  EXPECT_NE(answer.find("Connection: close"), std::string::npos) << "a balancer must not keep reusing the connection";
  server.reset();  // the destructor's stop() during the announcement stops at once
}

TEST(Server, ClientAddressComesFromTheProxyOnlyWhenTrusted) {
  auto router = echo_router();
  const std::string request = "GET /whoami HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 10.9.9.9, 203.0.113.5\r\nConnection: close\r\n\r\n";
  {
    test::TestServer server(router);
    EXPECT_NE(test::raw_exchange(server.port(), request).find("\r\n\r\n127.0.0.1"), std::string::npos);
  }
  http::ServerConfig config;
  config.trust_forwarded_for = true;
  test::TestServer server(router, config);
  EXPECT_NE(test::raw_exchange(server.port(), request).find("\r\n\r\n203.0.113.5"), std::string::npos);
}

}  // namespace
}  // namespace nok
