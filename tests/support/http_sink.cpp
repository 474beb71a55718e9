#include "support/http_sink.h"

#include <boost/json.hpp>

#include <chrono>
#include <fstream>
#include <thread>

namespace nok::test {

HttpSink::HttpSink(int status)
    : server_({"/usr/bin/python3", support_script("http_sink.py"), "{port}", std::to_string(status),
               dir_.file("requests.jsonl")}) {}

std::vector<RecordedRequest> HttpSink::requests(std::size_t n) const {
  std::vector<RecordedRequest> out;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  do {
    out.clear();
    std::ifstream in(dir_.file("requests.jsonl"));
    for (std::string line; std::getline(in, line);) {
      boost::system::error_code ec;
      const auto parsed = boost::json::parse(line, ec);
      if (ec || !parsed.is_object()) break;  // a line still being written: read again shortly
      const auto& r = parsed.as_object();
      RecordedRequest request{std::string(r.at("method").as_string()), std::string(r.at("target").as_string()),
                              std::string(r.at("body").as_string()), {}};
      for (const auto& [name, value] : r.at("headers").as_object())
        request.headers[std::string(name)] = std::string(value.as_string());
      out.push_back(std::move(request));
    }
    if (out.size() >= n) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  } while (std::chrono::steady_clock::now() < deadline);
  return out;
}

}  // namespace nok::test
