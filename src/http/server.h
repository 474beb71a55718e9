#pragma once
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "http/router.h"

namespace nok::http {

// Server settings (docs/configuration.md lists each with its flag and variable).
struct ServerConfig {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  unsigned threads = 0;                                 // 0: one per core
  std::size_t header_limit = 16 * 1024;                 // larger headers get 431
  std::size_t body_limit = 1024 * 1024;                 // larger bodies get 413
  std::chrono::seconds read_timeout{30};                // slow or idle clients are dropped
  std::chrono::seconds shutdown_grace{20};              // in-flight requests get this long on SIGTERM
  // Behind a load balancer: on SIGTERM (or stop()) the server first answers `health_path`
  // with 503 and closes every connection after its answer for this long, still serving,
  // so that the balancer's health check takes it out of rotation before it stops accepting.
  std::chrono::milliseconds announce_drain{0};
  std::string health_path = "/healthz";
  unsigned blocking_threads = 64;                       // run writes (non-GET requests), which may wait for a commit
                                                        // and streamed bodies' producers, one thread per download
  // Whether a handler's reads take microseconds (an embedded database), so that a deferred
  // handler (a write answered once committed) starts on the event loop; with reads that
  // are network round trips it starts on a worker thread, which it leaves when it hands
  // the write over.
  bool reads_on_loop = true;
  std::size_t stream_buffer = 1024 * 1024;              // a streamed body's producer waits when this much is unsent
  bool access_log = false;
  // Behind our own reverse proxy: take the client's address from the last entry of
  // X-Forwarded-For (the one our proxy appended), not from the socket.
  bool trust_forwarded_for = false;                              // one JSON line per request (method, route, status, µs)
};

// An HTTP server bound at construction (so the port is known before run()).
class Server {
 public:
  Server(const ServerConfig& config, const Router& router);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  unsigned short port() const;
  // Serves until stop() or, when `handle_signals`, until SIGTERM/SIGINT; then announces
  // the drain (announce_drain), stops accepting, lets requests in flight finish (up to
  // shutdown_grace) and returns. A second signal during the announcement skips the rest of it.
  void run(bool handle_signals = true);
  // Starts the graceful shutdown as a signal would; callable from any thread.
  void stop();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace nok::http
