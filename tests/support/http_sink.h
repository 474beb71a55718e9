#pragma once
#include <map>
#include <string>
#include <vector>

#include "support/local_server.h"
#include "support/temp_dir.h"

namespace nok::test {

struct RecordedRequest {
  std::string method, target, body;
  std::map<std::string, std::string> headers;  // names lower-cased
};

// A real HTTP server for tests (http_sink.py): answers every request with `status` and
// records it, like an SMS gateway would receive it. Stopped on destruction.
class HttpSink {
 public:
  explicit HttpSink(int status = 200);
  bool running() const { return server_.running(); }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(server_.port()); }
  // Requests received so far, oldest first (waits up to 5 s for at least `n`).
  std::vector<RecordedRequest> requests(std::size_t n = 1) const;

 private:
  TempDir dir_;
  LocalServer server_;
};

}  // namespace nok::test
