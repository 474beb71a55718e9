// Streamed bodies: sent as produced, intact, with the producer held back by a slow client
// and stopped by a disconnect, a failure or a server shutdown.
#include <gtest/gtest.h>

#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <thread>

#include "support/http_client.h"
#include "support/test_server.h"

namespace nok {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

constexpr std::size_t kChunk = 64 * 1024;

char pattern(std::size_t i) { return static_cast<char>((i * 31 + i / 7) & 0xff); }

// What a producer did, observed from the test thread.
struct ProducerLog {
  std::atomic<std::size_t> bytes{0};
  std::atomic<bool> aborted{false};
  std::atomic<bool> returned{false};
};

// Writes `total` bytes of pattern() in kChunk pieces, recording progress and how it ended.
http::StreamProducer patterned(std::size_t total, ProducerLog& log) {
  return [total, &log](const http::StreamWriter& write) {
    std::string chunk(kChunk, '\0');
    try {
      for (std::size_t at = 0; at < total; at += kChunk) {
        for (std::size_t i = 0; i < kChunk; ++i) chunk[i] = pattern(at + i);
        write(std::string_view(chunk).substr(0, std::min(kChunk, total - at)));
        log.bytes += std::min(kChunk, total - at);
      }
    } catch (const http::StreamAborted&) {
      log.aborted = true;
      throw;
    }
    log.returned = true;
  };
}

struct Connection {
  asio::io_context io;
  tcp::socket socket{io};
  explicit Connection(unsigned short port) {
    socket.connect({asio::ip::make_address("127.0.0.1"), port});
  }
  void send(const std::string& target) {
    asio::write(socket, asio::buffer("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n"));
  }
};

// Waits until `done` holds, up to `limit`.
template <typename Predicate>
bool eventually(Predicate done, std::chrono::milliseconds limit = 5000ms) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(10ms);
  }
  return true;
}

TEST(Stream, LargeBodyArrivesIntactAndTheConnectionIsReused) {
  constexpr std::size_t kTotal = 48 * 1024 * 1024 + 123;  // not a whole number of chunks
  ProducerLog log;
  http::Router router;
  router.get("/big", [&](const http::Request&) { return http::Response::streamed("application/zip", patterned(kTotal, log)); });
  router.get("/small", [](const http::Request&) { return http::Response::text(200, "after"); });
  test::TestServer server(router);

  Connection c(server.port());
  c.send("/big");
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(boost::none);
  bhttp::read(c.socket, buffer, parser);
  const auto& response = parser.get();
  EXPECT_TRUE(response.chunked());
  EXPECT_EQ(response[bhttp::field::content_type], "application/zip");
  const auto& body = response.body();
  ASSERT_EQ(body.size(), kTotal);
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < body.size(); ++i) wrong += body[i] != pattern(i);
  EXPECT_EQ(wrong, 0u);
  EXPECT_TRUE(log.returned);

  c.send("/small");  // keep-alive after a chunked body
  bhttp::response<bhttp::string_body> next;
  bhttp::read(c.socket, buffer, next);
  EXPECT_EQ(next.body(), "after");
}

TEST(Stream, SlowClientHoldsTheProducerAndDisconnectStopsIt) {
  ProducerLog log;
  http::Router router;
  router.get("/big", [&](const http::Request&) {
    return http::Response::streamed("application/zip", patterned(std::size_t{4} << 30, log));  // 4 GiB
  });
  http::ServerConfig config;
  config.stream_buffer = 256 * 1024;
  test::TestServer server(router, config);

  auto c = std::make_unique<Connection>(server.port());
  c->send("/big");  // and never read
  // The producer runs until the pipe and the sockets' buffers are full, then waits.
  std::size_t seen = 0;
  ASSERT_TRUE(eventually([&] {
    std::this_thread::sleep_for(300ms);
    const std::size_t now = log.bytes;
    const bool still = now > 0 && now == seen;
    seen = now;
    return still;
  }));
  EXPECT_LT(seen, std::size_t{64} << 20) << "the producer ran ahead of the client";
  EXPECT_FALSE(log.aborted);

  c.reset();  // the client goes away with unread data: the server's write fails
  EXPECT_TRUE(eventually([&] { return log.aborted.load(); }, 3000ms)) << "the producer was not stopped";
  EXPECT_FALSE(log.returned);
  EXPECT_EQ(test::http_get(server.port(), "/big", "HEAD").status, 200);  // and the server still serves
}

TEST(Stream, FailingProducerCutsTheBodyShort) {
  http::Router router;
  router.get("/broken", [](const http::Request&) {
    return http::Response::streamed("application/zip", [](const http::StreamWriter& write) {
      write("the beginning");
      throw std::runtime_error("render failed");
    });
  });
  test::TestServer server(router);
  Connection c(server.port());
  c.send("/broken");
  beast::flat_buffer buffer;
  bhttp::response<bhttp::string_body> response;
  beast::error_code ec;
  bhttp::read(c.socket, buffer, response, ec);
  EXPECT_EQ(ec, bhttp::error::partial_message) << ec.message();  // no last chunk: never taken for whole
}

TEST(Stream, HeadDoesNotRunTheProducer) {
  ProducerLog log;
  http::Router router;
  router.get("/big", [&](const http::Request&) { return http::Response::streamed("application/zip", patterned(kChunk, log)); });
  test::TestServer server(router);
  auto r = test::http_get(server.port(), "/big", "HEAD");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.body.empty());
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(log.bytes, 0u);
}

TEST(Stream, ShutdownReleasesAProducerWaitingForASlowClient) {
  ProducerLog log;
  http::Router router;
  router.get("/big", [&](const http::Request&) {
    return http::Response::streamed("application/zip", patterned(std::size_t{4} << 30, log));
  });
  http::ServerConfig config;
  config.shutdown_grace = std::chrono::seconds(1);
  config.stream_buffer = 256 * 1024;
  auto server = std::make_unique<test::TestServer>(router, config);
  Connection c(server->port());
  c.send("/big");
  ASSERT_TRUE(eventually([&] { return log.bytes > 0; }));
  const auto started = std::chrono::steady_clock::now();
  server.reset();  // stop() and join: must not wait for the 4 GiB
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
  EXPECT_TRUE(log.aborted);
}

}  // namespace
}  // namespace nok
