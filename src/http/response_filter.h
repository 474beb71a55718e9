#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "http/message.h"

namespace nok::http {

// What every answer gets before it goes out, so that a phone on a slow network is sent fewer
// bytes and asks again for nothing it has (docs/architecture.md, "Answers on slow networks"):
//  1. Validation. A 200 answer that may be stored (no "no-store" in its Cache-Control, no
//     Set-Cookie) carries a strong ETag — the handler's own, else entity_tag of its bytes —
//     and becomes 304 Not Modified, without a body, when If-None-Match names that tag.
//  2. Compression. A text body (http::compressible) of at least kMinCompressed bytes goes out
//     gzip-compressed when the request admits gzip, with Vary: Accept-Encoding either way. A
//     body the handler encoded itself (Content-Encoding set) or streams is left as it is.
// The compressed bytes of answers that may be stored are kept, up to `cached_bodies` of them,
// keyed by the plain bytes: a page a handler serves from its own cache is compressed once,
// not on every request. Personal answers (no-store) are compressed each time and never kept.
// Copies share one cache; calls from several threads are safe.
class ResponseFilter {
 public:
  static constexpr std::size_t kMinCompressed = 512;  // below this, gzip's own bytes eat the gain

  explicit ResponseFilter(std::size_t cached_bodies = 4096);
  void operator()(const Request& request, Response& response) const;

 private:
  struct Cache;
  std::shared_ptr<Cache> cache_;
};

// The strong ETag of `body` as sent plainly, or gzip-compressed (a representation of its
// own, so its own tag): "\"3f2a…-1a4b\"", "\"3f2a…-1a4b-gz\"".
std::string entity_tag(std::string_view body, bool gzipped = false);

// Whether If-None-Match of `request` names `tag` ("*" names any; W/ is ignored, as the weak
// comparison RFC 9110 §13.1.2 asks).
bool none_match(const Request& request, std::string_view tag);

}  // namespace nok::http
