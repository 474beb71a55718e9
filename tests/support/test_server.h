#pragma once
#include <memory>
#include <thread>

#include "http/router.h"
#include "http/server.h"

namespace nok::test {

// Runs a Server for `router` on an ephemeral loopback port in a background thread;
// stops it gracefully on destruction.
class TestServer {
 public:
  explicit TestServer(const http::Router& router, http::ServerConfig config = {}) {
    config.port = 0;
    config.threads = 2;
    server_ = std::make_unique<http::Server>(config, router);
    thread_ = std::thread([this] { server_->run(/*handle_signals=*/false); });
  }
  ~TestServer() {
    server_->stop();
    thread_.join();
  }
  unsigned short port() const { return server_->port(); }
  http::Server& server() { return *server_; }

 private:
  std::unique_ptr<http::Server> server_;
  std::thread thread_;
};

}  // namespace nok::test
