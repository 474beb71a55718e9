// Deferred handlers: a write answered from another thread once it is done, with no thread
// held meanwhile — on the event loop and on a worker thread alike.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <condition_variable>
#include <future>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "support/http_client.h"
#include "support/test_server.h"

namespace nok {
namespace {

using namespace std::chrono_literals;

constexpr int kTogether = 8;

// Requests to /together are answered only once all kTogether of them have started: were a
// thread held until its request is answered, the second one would never start.
struct Together {
  std::mutex mutex;
  std::condition_variable all_started;
  int started = 0;
};

// Answers from a thread of its own, as the store's writer does.
void answer_later(http::Reply reply, http::Answer answer) {
  std::thread([reply = std::move(reply), answer = std::move(answer)] { reply(answer); }).detach();
}

http::Router deferred_routes(Together& together) {
  http::Router router;
  router.post_deferred("/together", [&together](const http::Request& r, http::Reply reply) {
    {
      std::lock_guard lock(together.mutex);
      ++together.started;
    }
    together.all_started.notify_all();
    std::thread([&together, reply = std::move(reply), body = r.body] {
      std::unique_lock lock(together.mutex);
      const bool all = together.all_started.wait_for(lock, 5s, [&] { return together.started == kTogether; });
      lock.unlock();
      reply([all, body] { return all ? http::Response::text(201, "got " + body) : http::Response::text(500, "alone"); });
    }).detach();
  });
  router.post_deferred("/twice", [](const http::Request&, http::Reply reply) {
    reply([] { return http::Response::text(200, "first"); });
    reply([] { return http::Response::text(200, "second"); });
  });
  router.post_deferred("/throws-now", [](const http::Request&, http::Reply) -> void {
    throw std::runtime_error("before handing over");
  });
  router.post_deferred("/throws-later", [](const http::Request&, http::Reply reply) {
    answer_later(std::move(reply), []() -> http::Response { throw std::runtime_error("the commit failed"); });
  });
  router.on_error([](const http::Request&, const std::exception& e) {
    return http::Response::text(503, std::string("ошибка: ") + e.what());
  });
  return router;
}

class Deferred : public testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    http::ServerConfig config;
    config.reads_on_loop = GetParam();
    config.blocking_threads = 1;  // a handler that held its thread until answered would serialise the requests
    server = std::make_unique<test::TestServer>(router, config);
  }
  test::HttpResult post(const std::string& target, const std::string& body = {}) {
    return test::http_get(server->port(), target, "POST", body);
  }

  Together together;
  http::Router router = deferred_routes(together);
  std::unique_ptr<test::TestServer> server;
};

TEST_P(Deferred, AnswersArriveFromAnotherThreadAndNoThreadWaitsForThem) {
  std::vector<std::thread> clients;
  std::vector<test::HttpResult> results(kTogether);
  for (std::size_t i = 0; i < results.size(); ++i)
    clients.emplace_back([&, i] { results[i] = post("/together", std::to_string(i)); });
  for (auto& c : clients) c.join();
  for (std::size_t i = 0; i < results.size(); ++i) {
    EXPECT_EQ(results[i].status, 201);
    EXPECT_EQ(results[i].body, "got " + std::to_string(i));
  }
}

TEST_P(Deferred, TheFirstReplyWins) {
  auto r = post("/twice");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "first");
}

TEST_P(Deferred, FailuresBeforeAndAfterHandingOverGetTheErrorAnswer) {
  auto now = post("/throws-now");
  EXPECT_EQ(now.status, 503);
  EXPECT_EQ(now.body, "ошибка: before handing over");
  auto later = post("/throws-later");
  EXPECT_EQ(later.status, 503);
  EXPECT_EQ(later.body, "ошибка: the commit failed");
}

INSTANTIATE_TEST_SUITE_P(OnLoopAndOnWorker, Deferred, testing::Bool());

TEST(DeferredOnWorker, HandlersThatWriteBeforeHandingOverLeaveTheEventLoopsServing) {
  constexpr int kWriters = 4;  // more than the test server's two event loops
  std::mutex mutex;
  std::condition_variable changed;
  int started = 0;
  bool open = false;
  http::Router router;
  router.post_deferred(
      "/write-first",
      [&](const http::Request&, http::Reply reply) {
        std::unique_lock lock(mutex);
        ++started;
        changed.notify_all();
        changed.wait_for(lock, 10s, [&] { return open; });  // a slow write before handing over
        reply([] { return http::Response::text(201, "written"); });
      },
      http::DeferredStart::on_worker);
  router.get("/read", [](const http::Request&) { return http::Response::text(200, "read"); });
  test::TestServer server(router);  // reads on the loop: like_reads routes would start there
  std::vector<std::thread> writers;
  std::vector<test::HttpResult> written(kWriters);
  for (int i = 0; i < kWriters; ++i)
    writers.emplace_back([&, i] { written[i] = test::http_get(server.port(), "/write-first", "POST"); });
  {
    std::unique_lock lock(mutex);
    changed.wait_for(lock, 10s, [&] { return started == kWriters; });  // a guard against a hang
    EXPECT_EQ(started, kWriters) << "every handler runs at once, none waits for a loop another one holds";
  }
  EXPECT_EQ(test::http_get(server.port(), "/read").status, 200) << "answered while every write holds its thread";
  {
    std::lock_guard lock(mutex);
    open = true;
  }
  changed.notify_all();
  for (auto& t : writers) t.join();
  for (const auto& w : written) EXPECT_EQ(w.status, 201);
}

TEST(DeferredShutdown, AnAnswerAfterTheLoopsEndedIsDropped) {
  http::Router router;
  std::promise<http::Reply> held;
  router.post_deferred("/never", [&held](const http::Request&, http::Reply reply) { held.set_value(reply); });
  http::ServerConfig config;
  config.shutdown_grace = 1s;
  auto server = std::make_unique<test::TestServer>(router, config);
  std::string answer;
  std::thread client([&, port = server->port()] {
    answer = test::raw_exchange(port, "POST /never HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 5000);
  });
  auto reply = held.get_future().get();
  server.reset();  // waits out the grace period, ends the loops and lets go of the waiting request
  reply([] { return http::Response::text(200, "late"); });  // reaches nothing that is gone
  client.join();
  EXPECT_EQ(answer.find("late"), std::string::npos);
}

}  // namespace
}  // namespace nok
