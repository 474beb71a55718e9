#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace nok::web {

// The longest return path kept; a longer one is refused rather than cut.
inline constexpr std::size_t kMaxReturnPath = 2048;

// Where to send a browser back to after a sign-in or a switch, when the place comes from the
// request (`next=`, `back=`, the page a visitor was refused): a path on this site, or
// `fallback`. Browsers drop tabs and line breaks from a Location and read '\' as '/', so
// "/\t/evil.example" and "/\evil.example" mean the host evil.example to them; the check is
// therefore on every character, before and after decoding, not only on the first two.
//
// Accepted: at most kMaxReturnPath bytes of printable ASCII, no backslash, starting with one
// '/' and parsing as an RFC 9112 origin-form (path and query, no scheme, host or fragment);
// "." and ".." segments (encoded or not) are removed, and no decoded segment may be empty
// (a "//") but the last, or hold a '/' (so "/%2F%2Fevil" is refused), a backslash, a space or
// a control character; the decoded query may hold no control character. Returns the path
// re-encoded and the query as it came ("/o/abc?x=%D1%88"), so the result may go into a header
// or an HTML attribute as it is.
// Pure: no I/O, safe from any thread.
std::string local_return_path(std::string_view raw, std::string_view fallback = "/");

}  // namespace nok::web
