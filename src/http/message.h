#pragma once
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nok::http {

using Fields = std::vector<std::pair<std::string, std::string>>;

// An HTTP request as handlers see it: decoded, validated UTF-8, limits already enforced.
struct Request {
  std::string method;  // "GET", "POST", … (HEAD is served as GET without a body)
  std::string target;  // as received: path and query, still encoded
  std::string path;    // percent-decoded
  Fields query;        // percent-decoded, in order
  Fields headers;      // names lower-cased
  std::string body;
  std::string remote_address;
  std::map<std::string, std::string, std::less<>> params;  // from the route pattern

  std::string_view header(std::string_view lower_name) const;
  std::string_view query_value(std::string_view name) const;
  std::string_view param(std::string_view name) const;
  std::string_view cookie(std::string_view name) const;
};

// Thrown by a stream's `write` once the client has gone (disconnected, timed out, or the
// server is shutting down): a producer that does not catch it stops at its next write.
struct StreamAborted : std::runtime_error {
  StreamAborted() : std::runtime_error("the client is gone") {}
};

// Hands one chunk of a streamed body to the connection; blocks while the client is behind.
using StreamWriter = std::function<void(std::string_view chunk)>;
// Produces a streamed body on a worker thread by calling `write` as bytes are ready. An
// exception other than StreamAborted cuts the response short, so the client sees it broken.
using StreamProducer = std::function<void(const StreamWriter& write)>;

struct KeptBody;  // http/response_filter.h

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  Fields headers;
  // When set, `body` is ignored: the body is produced while it is sent (chunked transfer
  // encoding), for downloads too large to hold, such as a region's ZIP of posters.
  StreamProducer stream;
  // When set, `body` is ignored too: the body is one a handler keeps ready in every form it is
  // sent in (a cached page, made by http::keep_body), and the ResponseFilter picks the form the
  // request asks for, without hashing or compressing anything.
  std::shared_ptr<const KeptBody> kept;
  // The form of `kept` the ResponseFilter chose (its plain bytes or their gzip): a view into
  // `kept`, sent from there rather than copied.
  std::string_view kept_bytes;

  static Response text(int status, std::string body);
  static Response json(int status, std::string body);
  // Throws UnsafeHeader (http/header.h) when `location` holds a control character: a path
  // taken from input must have gone through web::local_return_path or percent_encode first.
  static Response redirect(std::string location, int status = 303);
  static Response streamed(std::string content_type, StreamProducer producer);
};

// Percent-encodes everything but unreserved characters (RFC 3986), for a value inside a
// query string: "/search?q=школа" → "%2Fsearch%3Fq%3D%D1%88…".
std::string percent_encode(std::string_view text);

// Decodes an application/x-www-form-urlencoded body or query string. Returns false on
// malformed percent-encoding or invalid UTF-8.
bool parse_form(std::string_view encoded, Fields& out);

}  // namespace nok::http
