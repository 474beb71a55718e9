#include "support/http_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <regex>
#include <sstream>

namespace nok::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

HttpResult http_get(unsigned short port, const std::string& target, const std::string& method,
                    const std::string& body, const std::string& content_type) {
  asio::io_context io;
  beast::tcp_stream stream(io);
  stream.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
  req.set(bhttp::field::host, "127.0.0.1");
  if (!content_type.empty()) req.set(bhttp::field::content_type, content_type);
  req.body() = body;
  req.prepare_payload();
  bhttp::write(stream, req);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  if (method == "HEAD") parser.skip(true);
  bhttp::read(stream, buffer, parser);
  auto res = parser.release();
  std::ostringstream headers;
  headers << res.base();
  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
  return {static_cast<int>(res.result_int()), res.body(), headers.str()};
}

std::string raw_exchange(unsigned short port, const std::string& bytes, int timeout_ms) {
  asio::io_context io;
  beast::tcp_stream stream(io);
  stream.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  stream.expires_after(std::chrono::milliseconds(timeout_ms));
  beast::error_code ec;
  asio::write(stream.socket(), asio::buffer(bytes), ec);
  std::string out;
  char chunk[4096];
  for (;;) {
    stream.expires_after(std::chrono::milliseconds(timeout_ms));
    std::size_t n = stream.read_some(asio::buffer(chunk), ec);
    out.append(chunk, n);
    if (ec) break;
  }
  return out;
}

// The body of a whole raw answer: chunked bodies (streamed downloads) are joined; an answer
// Beast cannot parse to its end is returned as it came, after the headers.
std::string decoded_body(const std::string& answer, std::size_t body_start) {
  bhttp::response_parser<bhttp::string_body> parser;
  parser.eager(true);
  parser.body_limit(boost::none);
  beast::error_code ec;
  std::size_t used = 0;
  while (!ec && used < answer.size() && !parser.is_done())
    used += parser.put(asio::buffer(answer.data() + used, answer.size() - used), ec);
  if (ec || !parser.is_done() || !parser.chunked()) return answer.substr(body_start);
  return parser.get().body();
}

HttpResult http_request(unsigned short port, const std::string& method, const std::string& target,
                        const std::string& header_lines, const std::string& body, const std::string& content_type) {
  std::string raw = method + " " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + header_lines;
  if (method == "POST")
    raw += "Content-Type: " + content_type + "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  raw += "\r\n" + body;
  const auto answer = raw_exchange(port, raw);
  const auto split = answer.find("\r\n\r\n");
  if (answer.size() < 12 || split == std::string::npos) return {0, answer, ""};
  return {std::stoi(answer.substr(9, 3)), decoded_body(answer, split + 4), answer.substr(0, split + 2)};
}

std::string header_value(const std::string& headers, const std::string& name) {
  std::smatch m;
  std::regex_search(headers, m, std::regex(name + ": ([^\r\n]*)"));
  return m.size() > 1 ? m[1].str() : "";
}

std::string set_cookie_value(const std::string& headers, const std::string& name) {
  std::smatch m;
  std::regex_search(headers, m, std::regex("Set-Cookie: " + name + "=([^;\r\n]*)"));
  return m.size() > 1 ? m[1].str() : "";
}

HttpResult follow(unsigned short port, const HttpResult& answer, const std::string& cookies) {
  if (answer.status < 300 || answer.status > 399) return answer;
  std::string jar = cookies;
  const std::regex set_cookie("Set-Cookie: ([^=;\r\n]+)=([^;\r\n]+)");
  for (std::sregex_iterator it(answer.headers.begin(), answer.headers.end(), set_cookie), end; it != end; ++it)
    jar += (jar.empty() ? "" : "; ") + (*it)[1].str() + "=" + (*it)[2].str();
  return http_request(port, "GET", header_value(answer.headers, "Location"), jar.empty() ? "" : "Cookie: " + jar + "\r\n");
}

std::string input_value(const std::string& html, const std::string& name) {
  std::smatch m;
  std::regex_search(html, m, std::regex("name=\"" + name + "\" value=\"([^\"]*)\""));
  return m.size() > 1 ? m[1].str() : "";
}

}  // namespace nok::test
