#pragma once
#include <string>

namespace nok::test {

struct HttpResult {
  int status = 0;
  std::string body;
  std::string headers;  // raw header block, for simple `find` checks
};

// A blocking HTTP/1.1 client for tests (Beast), one request per connection.
HttpResult http_get(unsigned short port, const std::string& target, const std::string& method = "GET",
                    const std::string& body = {}, const std::string& content_type = {});

// One request with extra header lines ("Cookie: a=b\r\n…") and a body of `content_type`,
// on its own connection; the answer split into status, headers and body.
HttpResult http_request(unsigned short port, const std::string& method, const std::string& target,
                        const std::string& header_lines = {}, const std::string& body = {},
                        const std::string& content_type = "application/x-www-form-urlencoded");

// A response header's value ("" when absent), from a raw header block.
std::string header_value(const std::string& headers, const std::string& name);
// The value a Set-Cookie header in the block gives cookie `name` ("" when none).
std::string set_cookie_value(const std::string& headers, const std::string& name);
// Follows a redirect as a browser would: a GET of its Location with `cookies` ("a=b; c=d")
// and those the redirect set. Any other answer is returned as it is.
HttpResult follow(unsigned short port, const HttpResult& answer, const std::string& cookies = {});
// The value attribute of the HTML input named `name` ("" when none).
std::string input_value(const std::string& html, const std::string& name);

// Sends `bytes` as they are and returns everything the server answers until it closes
// (or `timeout_ms` passes): for malformed and oversized requests.
std::string raw_exchange(unsigned short port, const std::string& bytes, int timeout_ms = 3000);

}  // namespace nok::test
