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
// keyed by the plain bytes: a page rendered again with the same bytes is compressed once,
// not on every request. Personal answers (no-store) are compressed each time and never kept.
// A handler that keeps a page ready itself hands it over as Response::kept (made by
// keep_body): then the filter only picks the plain or the gzip bytes and their tag.
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

// A body kept ready for every request that asks for it (Response::kept): its plain bytes, their
// gzip when they are worth compressing, and the strong ETag of each. Shared, never changed.
struct KeptBody {
  std::string plain;
  std::string gzipped;  // empty when not worth compressing (not text, or under kMinCompressed)
  std::string tag;          // entity_tag(plain)
  std::string gzipped_tag;  // entity_tag(plain, true)
};

// `plain`, of `content_type`, tagged and compressed now, the way the filter would have done it
// for an answer that may be stored: for a handler's cache entry, made once and sent many times.
std::shared_ptr<const KeptBody> keep_body(std::string plain, std::string_view content_type);

// The strong ETag of `body` as sent plainly, or gzip-compressed (a representation of its
// own, so its own tag): "\"3f2a…-1a4b\"", "\"3f2a…-1a4b-gz\"".
std::string entity_tag(std::string_view body, bool gzipped = false);

// Whether If-None-Match of `request` names `tag` ("*" names any; W/ is ignored, as the weak
// comparison RFC 9110 §13.1.2 asks).
bool none_match(const Request& request, std::string_view tag);

}  // namespace nok::http
