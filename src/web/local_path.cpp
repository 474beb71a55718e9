#include "web/local_path.h"

#include <boost/url/encode.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/rfc/pchars.hpp>
#include <vector>

namespace nok::web {
namespace {

bool control(unsigned char c) { return c < 0x20 || c == 0x7f; }

// What a browser might drop or turn into a slash: spaces and controls, the backslash.
bool bends_a_path(unsigned char c) { return c <= 0x20 || c == 0x7f || c == '\\'; }

// A decoded segment that stays one segment of this site: no slash of its own (an encoded
// "%2F" is never needed here and is how "/%2F%2Fevil" sneaks a host in), nothing bent.
bool plain_segment(std::string_view segment) {
  for (unsigned char c : segment)
    if (c == '/' || bends_a_path(c)) return false;
  return true;
}

}  // namespace

std::string local_return_path(std::string_view raw, std::string_view fallback) {
  const std::string refused(fallback);
  if (raw.empty() || raw.size() > kMaxReturnPath || raw.front() != '/') return refused;
  if (raw.size() > 1 && (raw[1] == '/' || raw[1] == '\\')) return refused;
  for (unsigned char c : raw)
    if (bends_a_path(c) || c >= 0x80) return refused;
  // Boost.URL 1.81 may read up to a NUL terminator: parse a terminated copy.
  const std::string terminated(raw);
  const auto url = boost::urls::parse_origin_form(terminated);
  if (!url) return refused;

  // RFC 3986's remove_dot_segments over the decoded segments ("%2e%2e" is ".." to browsers
  // too); an empty segment anywhere but at the end is a "//".
  std::vector<std::string> kept;
  bool ends_in_dot = false;
  const auto segments = url->segments();
  std::size_t left = segments.size();
  for (const std::string segment : segments) {
    --left;
    ends_in_dot = segment == "." || segment == "..";
    if (segment == "..") {
      if (!kept.empty()) kept.pop_back();
      continue;
    }
    if (segment == ".") continue;
    if ((segment.empty() && left > 0) || !plain_segment(segment)) return refused;
    kept.push_back(segment);
  }
  if (url->has_query())
    for (unsigned char c : url->query())
      if (control(c)) return refused;

  std::string out;
  for (const auto& segment : kept) out += "/" + boost::urls::encode(segment, boost::urls::pchars);
  if (out.empty() || (ends_in_dot && !kept.empty())) out += "/";
  if (url->has_query()) out += "?" + std::string(url->encoded_query());
  return out;
}

}  // namespace nok::web
