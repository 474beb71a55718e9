#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok::net {

struct HttpPost {
  std::string method = "POST";  // or GET (then `body` is not sent)
  std::string url;
  std::string content_type;
  std::string body;
  std::vector<std::string> headers;  // "Name: value"
};

struct HttpReply {
  long status = 0;
  std::string body;
};

// Sends the request (5 s to connect, 20 s in all, certificates verified). nullopt when no
// HTTP answer came back at all; any status, 5xx included, is a reply for the caller to judge.
std::optional<HttpReply> send(const HttpPost& request);

// True for https:// URLs, and for http:// ones to this machine (tests, a local relay): a
// gateway token or a client secret must not cross a network in clear text.
bool url_is_safe(std::string_view url);

}  // namespace nok::net
