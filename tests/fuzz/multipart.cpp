// The multipart/form-data reader (http/multipart) on any Content-Type and body: the first
// line of the input is the header value, the rest the body. Besides not crashing (an
// out-of-range substr throws), the parts hold no more than the body, each after its own
// delimiter line.
#include "fuzz/property.h"
#include "http/multipart.h"

using namespace nok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = fuzz::text_of(data, size);
  const auto eol = input.find('\n');
  const auto content_type = input.substr(0, eol);
  const auto body = eol == std::string_view::npos ? std::string_view() : input.substr(eol + 1);
  auto parts = http::parse_multipart(content_type, body);
  if (!parts) return 0;
  const auto at = content_type.find("boundary=");
  fuzz::require(at != std::string_view::npos, "a body is split only at a declared boundary");
  std::size_t bytes = 0, delimiters = 0;
  for (std::size_t from = 0; (from = body.find("--", from)) != std::string_view::npos; from += 2) ++delimiters;
  for (const auto& part : *parts) bytes += part.body.size();
  fuzz::require(bytes <= body.size(), "the parts hold no more bytes than the body");
  fuzz::require(parts->size() < delimiters || parts->empty(), "each part follows a delimiter and a closing one ends them");
  return 0;
}
