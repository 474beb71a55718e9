#include "net/page_fetch.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <boost/url/parse.hpp>
#include <algorithm>
#include <cstring>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>

#include "core/text.h"

namespace nok::net {
namespace {

void init_curl_once() {
  static std::once_flag init;
  std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::optional<IpAddress> address_of(const sockaddr* address) {
  IpAddress out{};
  if (address->sa_family == AF_INET6) {
    std::memcpy(out.data(), &reinterpret_cast<const sockaddr_in6*>(address)->sin6_addr, 16);
    return out;
  }
  if (address->sa_family == AF_INET) {
    out[10] = out[11] = 0xff;
    std::memcpy(out.data() + 12, &reinterpret_cast<const sockaddr_in*>(address)->sin_addr, 4);
    return out;
  }
  return std::nullopt;
}

bool is_http_url(std::string_view url) {
  const auto parsed = boost::urls::parse_absolute_uri(url);
  if (!parsed) return false;
  const auto scheme = parsed->scheme_id();
  return (scheme == boost::urls::scheme::http || scheme == boost::urls::scheme::https) && parsed->has_authority() &&
         !parsed->host().empty();
}

FetchFault fault_of(CURLcode rc) {
  switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
      return FetchFault::dns;
    case CURLE_COULDNT_CONNECT:
      return FetchFault::connect;
    case CURLE_OPERATION_TIMEDOUT:
      return FetchFault::timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
      return FetchFault::tls;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      return FetchFault::bad_url;
    default:
      return FetchFault::broken;
  }
}

}  // namespace

// What a transfer's callbacks write to: reset before each request.
struct PageFetcher::Handle {
  CURL* curl = nullptr;
  const FetchPolicy* policy = nullptr;
  std::size_t cap = 0;
  std::string* body = nullptr;
  bool over_cap = false;
  bool refused = false;

  static std::size_t write(char* data, std::size_t size, std::size_t count, void* user) {
    auto* h = static_cast<Handle*>(user);
    if (h->body->size() + size * count > h->cap) {
      h->over_cap = true;
      return 0;  // ends the transfer
    }
    h->body->append(data, size * count);
    return size * count;
  }

  // Every connection, to every address DNS gave and after every redirect, passes here: the
  // check sees the address actually dialled, so a name that resolves to a private address
  // (or changes its answer between two lookups) gets no connection.
  static curl_socket_t open_socket(void* user, curlsocktype purpose, curl_sockaddr* address) {
    auto* h = static_cast<Handle*>(user);
    const auto ip = address_of(&address->addr);
    if (purpose != CURLSOCKTYPE_IPCXN || !ip || (!is_public(*ip) && !contains(h->policy->allowed_networks, *ip))) {
      h->refused = true;
      return CURL_SOCKET_BAD;
    }
    return socket(address->family, address->socktype, address->protocol);
  }
};

PageFetcher::PageFetcher(FetchPolicy policy) : policy_(std::move(policy)), handle_(std::make_unique<Handle>()) {
  init_curl_once();
  handle_->curl = curl_easy_init();
  if (!handle_->curl) throw std::runtime_error("curl_easy_init failed");
  handle_->policy = &policy_;
  CURL* curl = handle_->curl;
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_PROXY, "");  // a proxy from the environment would hide the address dialled
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);  // followed here, each hop checked
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // gzip and deflate; the cap counts decoded bytes
  curl_easy_setopt(curl, CURLOPT_USERAGENT, policy_.user_agent.c_str());
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(policy_.connect_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(policy_.total_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Handle::write);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, handle_.get());
  curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, &Handle::open_socket);
  curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, handle_.get());
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(policy_.max_bytes));
}

PageFetcher::~PageFetcher() { curl_easy_cleanup(handle_->curl); }

Fetched PageFetcher::get(std::string_view url, std::size_t max_bytes, std::chrono::milliseconds timeout,
                         const AddressCheck& may_request) {
  Fetched out;
  out.url = std::string(url);
  Handle& h = *handle_;
  const std::size_t cap = max_bytes == 0 ? policy_.max_bytes : std::min(max_bytes, policy_.max_bytes);
  std::set<std::string> seen;
  const auto started = std::chrono::steady_clock::now();
  const auto time_allowed = timeout.count() > 0 ? std::min(timeout, policy_.total_timeout) : policy_.total_timeout;
  for (int hop = 0;; ++hop) {
    if (!is_http_url(out.url)) {
      out.fault = FetchFault::bad_url;
      return out;
    }
    if (!seen.insert(out.url).second || hop > policy_.max_redirects) {
      out.fault = FetchFault::too_many_redirects;
      return out;
    }
    if (may_request && !may_request(out.url)) {
      out.fault = FetchFault::disallowed;
      return out;
    }
    // The time limit holds for the request as a whole, however many hops it takes.
    const auto spent = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    if (spent >= time_allowed) {
      out.fault = FetchFault::timeout;
      return out;
    }
    out.body.clear();
    // Set for each hop: the check above may have used the handle for a request of its own.
    h.cap = cap;
    h.body = &out.body;
    h.over_cap = h.refused = false;
    curl_easy_setopt(h.curl, CURLOPT_URL, out.url.c_str());
    curl_easy_setopt(h.curl, CURLOPT_TIMEOUT_MS, static_cast<long>((time_allowed - spent).count()));
    const CURLcode rc = curl_easy_perform(h.curl);
    if (rc != CURLE_OK) {
      out.fault = h.refused                                           ? FetchFault::refused_address
                  : h.over_cap || rc == CURLE_FILESIZE_EXCEEDED       ? FetchFault::too_large
                                                                      : fault_of(rc);
      out.body.clear();
      return out;
    }
    curl_easy_getinfo(h.curl, CURLINFO_RESPONSE_CODE, &out.status);
    char* location = nullptr;
    if (out.status >= 300 && out.status < 400 && curl_easy_getinfo(h.curl, CURLINFO_REDIRECT_URL, &location) == CURLE_OK &&
        location) {
      // curl hands the header's bytes on as they came (old sites send windows-1251 or spaces):
      // encoded as a browser would, or refused while `out.url` still names the last good hop.
      auto next = text::encode_url_loosely(location);
      if (!is_http_url(next)) {
        out.fault = FetchFault::bad_url;
        return out;
      }
      out.url = std::move(next);
      continue;
    }
    char* type = nullptr;
    curl_easy_getinfo(h.curl, CURLINFO_CONTENT_TYPE, &type);
    out.content_type = type ? type : "";
    return out;
  }
}

}  // namespace nok::net
