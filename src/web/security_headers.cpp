#include "web/security_headers.h"

#include <boost/url/parse.hpp>

#include "web/session.h"
#include "web/site_style.h"

namespace nok::web {
namespace {

bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

bool has_header(const http::Response& response, std::string_view name) {
  for (const auto& [k, v] : response.headers)
    if (same_name(k, name)) return true;
  return false;
}

void add_unless_set(http::Response& response, std::string_view name, std::string_view value) {
  if (!has_header(response, name)) response.headers.emplace_back(name, value);
}

// "https://nok.example.ru:8443/base" → "https://nok.example.ru:8443"; empty when not http(s).
std::string origin_of(std::string_view url) {
  const std::string terminated(url);  // Boost.URL 1.81 may read up to a NUL terminator
  const auto parsed = boost::urls::parse_absolute_uri(terminated);
  if (!parsed || (parsed->scheme() != "http" && parsed->scheme() != "https") || !parsed->has_authority()) return {};
  const auto host = parsed->encoded_host_and_port();
  if (host.empty()) return {};
  for (unsigned char c : host)  // a ';' or a space would end the source list
    if (!std::isalnum(c) && c != '.' && c != '-' && c != ':' && c != '[' && c != ']') return {};
  return std::string(parsed->scheme()) + "://" + std::string(host);
}

bool depends_on_who_asks(const http::Request& request, const http::Response& response) {
  return !request.cookie(kSessionCookie).empty() || !request.cookie(kFormCookie).empty() ||
         !request.header("authorization").empty() || has_header(response, "Set-Cookie");
}

}  // namespace

std::string content_security_policy(std::string_view public_url) {
  const std::string public_origin = origin_of(public_url);
  return "default-src 'self'; img-src 'self'" + (public_origin.empty() ? "" : " " + public_origin) +
         "; style-src 'self' " + site_style_source() +
         "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; worker-src 'self'";
}

void add_security_headers(const http::Request& request, http::Response& response, const std::string& csp) {
  add_unless_set(response, "Content-Security-Policy", csp);
  add_unless_set(response, "X-Content-Type-Options", "nosniff");
  add_unless_set(response, "X-Frame-Options", "DENY");
  add_unless_set(response, "Referrer-Policy", "same-origin");
  if (depends_on_who_asks(request, response)) add_unless_set(response, "Cache-Control", "no-store");
}

}  // namespace nok::web
