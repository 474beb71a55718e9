#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace nok::print {

// Where the site is reachable from a citizen's phone: the prefix of every URL printed
// in a QR code, as parse_public_url leaves it. Set by NOK_PUBLIC_URL (docs/printing.md),
// which the command line reads and checks once; the default runs locally.
struct PrintConfig {
  std::string public_url = "http://127.0.0.1:8080";
};

// Accepts "http(s)://host[:port][/prefix]" and drops a trailing '/'. Queries, fragments,
// spaces and URLs too long for a compact QR code are refused.
Result<std::string> parse_public_url(std::string_view url);

// The URL inside every QR code — an external interface, printed on paper that outlives
// releases, so its shape never changes: `{public_url}/o/{code}` and, for a registered
// placement, `{public_url}/o/{code}?p={placement}` (decimal, which QR encodes in its
// compact numeric mode).
std::string organisation_url(std::string_view public_url, std::string_view code,
                             std::optional<std::int64_t> placement = std::nullopt);

// The organisation's address for a person to type rather than scan: its URL without the
// scheme and without a placement ("nok.example.ru/o/sch1"), which browsers complete.
std::string typed_address(std::string_view public_url, std::string_view code);

// A placement id as it appears after `?p=`: a positive decimal 64-bit integer.
Result<std::int64_t> parse_placement_id(std::string_view text);

}  // namespace nok::print
