#pragma once
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/ip_network.h"

namespace nok::net {

// How pages of other people's websites are fetched (docs/website-checks.md): bounded in
// bytes, time and redirects, and never into the operator's own network — every address a
// connection goes to, after each redirect and each DNS answer, must be public unless it
// lies in `allowed_networks`.
struct FetchPolicy {
  std::string user_agent = "nok-website-check";
  std::size_t max_bytes = 4u << 20;  // of the decoded body; more ends the transfer
  int max_redirects = 5;
  std::chrono::milliseconds connect_timeout{5000};
  std::chrono::milliseconds total_timeout{15000};  // per request, redirects included
  std::vector<IpNetwork> allowed_networks;          // non-public networks that may be reached
};

// Why a fetch gave no page. Any HTTP status is a page: the caller judges 4xx and 5xx.
enum class FetchFault {
  none,
  bad_url,            // not an absolute http(s) URL
  refused_address,    // a private, loopback or otherwise non-public address
  dns,                // the name does not resolve
  connect,            // no connection
  tls,                // the certificate or the handshake failed
  timeout,            // no complete answer within the time
  too_large,          // the body passed max_bytes
  too_many_redirects, // or a loop
  broken,             // the answer is not HTTP, or the connection broke
  disallowed,         // the caller's check refused an address on the way (robots.txt)
};

struct Fetched {
  std::string url;  // where the answer came from, after redirects
  long status = 0;
  std::string content_type;  // the header's value, as sent
  std::string body;
  FetchFault fault = FetchFault::none;

  bool ok() const { return fault == FetchFault::none; }
};

// A GET client for one thread at a time; it keeps connections open between requests to the
// same host. Nothing here logs a URL's query or a body.
class PageFetcher {
 public:
  explicit PageFetcher(FetchPolicy policy);
  ~PageFetcher();
  PageFetcher(const PageFetcher&) = delete;
  PageFetcher& operator=(const PageFetcher&) = delete;

  // Whether the caller may request an address: asked before the first request and before
  // each redirect is followed. It may itself call get() on this fetcher (for robots.txt).
  using AddressCheck = std::function<bool(const std::string& url)>;

  // Fetches `url`, following redirects within the policy. `max_bytes` and `timeout` lower the
  // policy's caps for this request (robots.txt, images, the end of a site's time); 0 keeps them.
  Fetched get(std::string_view url, std::size_t max_bytes = 0, std::chrono::milliseconds timeout = {},
              const AddressCheck& may_request = {});

 private:
  struct Handle;
  FetchPolicy policy_;
  std::unique_ptr<Handle> handle_;
};

}  // namespace nok::net
