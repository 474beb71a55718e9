#include "net/http_post.h"

#include <curl/curl.h>

#include <mutex>

namespace nok::net {
namespace {

constexpr std::size_t kReplyLimit = 1 << 20;  // a token response or a gateway's answer is small

std::size_t append_chunk(char* data, std::size_t size, std::size_t count, void* user) {
  auto* body = static_cast<std::string*>(user);
  if (body->size() + size * count > kReplyLimit) return 0;  // aborts the transfer
  body->append(data, size * count);
  return size * count;
}

}  // namespace

std::optional<HttpReply> send(const HttpPost& request) {
  static std::once_flag init;
  std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  CURL* curl = curl_easy_init();
  if (!curl) return std::nullopt;
  curl_slist* headers = nullptr;
  if (!request.content_type.empty())
    headers = curl_slist_append(headers, ("Content-Type: " + request.content_type).c_str());
  for (const auto& h : request.headers) headers = curl_slist_append(headers, h.c_str());
  HttpReply reply;
  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  if (request.method == "POST") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body.size()));
  }
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, append_chunk);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 5L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 20L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  const CURLcode rc = curl_easy_perform(curl);
  if (rc == CURLE_OK) curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) return std::nullopt;
  return reply;
}

bool url_is_safe(std::string_view url) {
  if (url.starts_with("https://")) return true;
  for (std::string_view local : {"http://127.0.0.1:", "http://127.0.0.1/", "http://localhost:", "http://localhost/",
                                 "http://[::1]:", "http://[::1]/"})
    if (url.starts_with(local)) return true;
  return false;
}

}  // namespace nok::net
