#pragma once
#include <string>
#include <string_view>

#include "http/message.h"

// gzip for answers (RFC 1952 through zlib): what a phone on a slow network is sent instead of
// the plain bytes when it says it can read them.
namespace nok::http {

// `bytes` gzip-compressed at `level` (1 fastest … 9 smallest).
std::string gzip(std::string_view bytes, int level);

// Whether the request's Accept-Encoding admits gzip: "gzip" or "*" listed without q=0
// (RFC 9110 §12.5.3). No header admits nothing but the plain bytes.
bool accepts_gzip(const Request& request);

// Whether a body of `content_type` is text worth compressing (HTML, CSS, scripts, JSON, SVG,
// CSV, plain text), unlike PNG, PDF or ZIP, which are compressed already.
bool compressible(std::string_view content_type);

}  // namespace nok::http
