#include "web/session.h"

#include "core/crypto.h"
#include "core/id.h"
#include "core/time.h"
#include "http/header.h"

namespace nok::web {
namespace {

// RFC 6265 cookie-octet: visible ASCII but the double quote, comma, semicolon and backslash.
bool cookie_octets(std::string_view value) {
  for (unsigned char c : value)
    if (c < 0x21 || c > 0x7e || c == '"' || c == ',' || c == ';' || c == '\\') return false;
  return true;
}

}  // namespace

CitizenSignIn citizen_sign_in(const SiteContext& site) {
  return CitizenSignIn(site.store, site.mailer, site.sms, site.key);
}

int code_request_status(const Error& refusal) {
  if (refusal.code == "too_many_codes") return 429;
  if (refusal.code.ends_with("_unavailable")) return 503;
  return 400;
}

std::optional<Session> current_session(const SiteContext& site, const http::Request& request) {
  const auto token = request.cookie(kSessionCookie);
  if (token.empty() || token.size() > 128) return std::nullopt;
  return site.store.find_session(site.key.hash("session:" + std::string(token)), iso_utc_now());
}

std::string form_token(const SiteContext& site, const http::Request& request, http::Response& response) {
  if (auto session = current_session(site, request)) return session->csrf;
  std::string token(request.cookie(kFormCookie));
  if (token.size() < 16 || token.size() > 64) {
    token = random_token(24);
    response.headers.emplace_back("Set-Cookie", cookie(site, kFormCookie, token, 0));
  }
  return token;
}

bool form_token_valid(const SiteContext& site, const http::Request& request, const http::Fields& form) {
  const auto posted = field(form, "csrf");
  if (posted.empty()) return false;
  if (auto session = current_session(site, request)) return equal_in_constant_time(posted, session->csrf);
  const auto expected = request.cookie(kFormCookie);
  return expected.size() >= 16 && equal_in_constant_time(posted, expected);
}

std::string cookie(const SiteContext& site, std::string_view name, std::string_view value, long max_age_seconds) {
  if (!http::valid_header_name(name) || !cookie_octets(value)) throw http::UnsafeHeader("Set-Cookie");
  std::string out = std::string(name) + "=" + std::string(value) + "; Path=/; HttpOnly; SameSite=Lax";
  if (site.secure_cookies) out += "; Secure";
  if (max_age_seconds > 0) out += "; Max-Age=" + std::to_string(max_age_seconds);
  if (max_age_seconds < 0) out += "; Max-Age=0";
  return http::header_value("Set-Cookie", out);
}

std::string_view field(const http::Fields& form, std::string_view name) {
  for (const auto& [k, v] : form)
    if (k == name) return v;
  return {};
}

}  // namespace nok::web
