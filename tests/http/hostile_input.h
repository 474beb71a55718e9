#pragma once
// What an attacker puts where the site takes a return path or any text that may reach a
// header, and the checks every answer to it must pass: no header of the attacker's making,
// and a Location (if any) that stays on this site.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "http/message.h"
#include "support/http_client.h"

namespace nok::test {

// Values as the server decodes them from a query or form field (send them percent-encoded).
// CR, LF and NUL would split a header; a tab, a space or a backslash a browser drops or
// reads as '/', turning "/\t/evil.example" into the host evil.example; the percent forms
// come back from one decoding still encoded, or decode into the same tricks.
inline const std::vector<std::string>& hostile_values() {
  static const std::vector<std::string> values = {
      "/\r\nSet-Cookie: injected=1",
      "/\nX-Injected: 1",
      "/\rX-Injected: 1",
      "\r\nX-Injected: 1",
      "/o/school\r\nX-Injected: 1",
      std::string("/o/school\0X-Injected: 1", 23),
      "/\t/evil.example",
      "\t//evil.example",
      "/ /evil.example",
      " //evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/\\/evil.example",
      "//evil.example",
      "///evil.example",
      "//evil.example/%2e%2e",
      "/%09/evil.example",
      "/%0d%0aSet-Cookie:%20injected=1",
      "/%0D%0AX-Injected:%201",
      "/%250d%250aX-Injected:%201",
      "/%5cevil.example",
      "/%5C%5Cevil.example",
      "/%2f%2fevil.example",
      "/%2F%2Fevil.example",
      "/%252f%252fevil.example",
      "/a/..//evil.example",
      "https://evil.example/",
      "http:evil.example",
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "/" + std::string(3000, 'a'),
  };
  return values;
}

// A hostile value as a test report should show it: control characters would garble it.
inline std::string shown(const std::string& value) { return http::percent_encode(value.substr(0, 80)); }

// The response header lines the attacker made, if any. Lines are split at CR and at LF
// alike, so a bare LF cannot hide a line from this check.
inline std::vector<std::string> injected_lines(const std::string& headers) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= headers.size()) {
    const auto end = headers.find_first_of("\r\n", start);
    std::string line = headers.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::string lower = line;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.starts_with("x-injected") || (lower.starts_with("set-cookie:") && lower.find("injected") != std::string::npos))
      out.push_back(line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// A path of this site, fit for a Location: "/" alone, or '/' and then neither '/' nor '\',
// with no control character, space or backslash anywhere.
inline bool local_path(const std::string& location) {
  if (location.empty() || location[0] != '/') return false;
  if (location.size() > 1 && (location[1] == '/' || location[1] == '\\')) return false;
  for (unsigned char c : location)
    if (c <= 0x20 || c == 0x7f || c == '\\') return false;
  return true;
}

// `text` with each %XX decoded once ("/%2F%2Fx" → "//x"); anything else kept as it is.
inline std::string percent_decoded(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The value of `name` in the query of `location` ("/login?next=%2Fo%2Fx" → "/o/x").
inline std::string query_field(const std::string& location, const std::string& name) {
  const auto q = location.find('?');
  http::Fields fields;
  if (q == std::string::npos || !http::parse_form(location.substr(q + 1), fields)) return {};
  for (const auto& [k, v] : fields)
    if (k == name) return v;
  return {};
}

// The checks every answer to hostile input must pass. A sign-in page's Location carries the
// return path in `next`, which must be local too. `foreign` is a Location prefix allowed
// besides local paths (the identity provider's authorize URL), empty for none.
inline void expect_safe(const HttpResult& r, const std::string& foreign = "") {
  EXPECT_NE(r.status, 0) << "no answer";
  EXPECT_NE(r.status, 500) << "refused by the HTTP layer's last check, not by the site";
  EXPECT_EQ(injected_lines(r.headers), std::vector<std::string>{}) << r.headers;
  const std::string location = header_value(r.headers, "Location");
  if (location.empty()) return;
  if (!foreign.empty() && location.starts_with(foreign)) return;
  EXPECT_TRUE(local_path(location)) << "Location: " << location;
  // Nor after a decoding: "/%2F%2Fevil.example" must not come out either.
  EXPECT_TRUE(local_path(percent_decoded(location.substr(0, location.find('?'))))) << "Location: " << location;
  for (const char* field : {"next", "back"}) {
    const auto inner = query_field(location, field);
    if (!inner.empty()) {
      EXPECT_TRUE(local_path(inner)) << "Location: " << location;
    }
  }
}

}  // namespace nok::test
