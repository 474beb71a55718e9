#include "app/auth/oidc_sign_in.h"

#include <chrono>

#include "app/auth/id_token.h"
#include "app/auth/json_object.h"
#include "core/id.h"
#include "http/message.h"
#include "net/http_post.h"

namespace nok {
namespace {

namespace json = boost::json;

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string form(std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    if (value.empty()) continue;
    out += (out.empty() ? "" : "&") + std::string(name) + "=" + http::percent_encode(value);
  }
  return out;
}

// The token response's id_token. Errors: oidc_expired when the provider refuses the code (a
// 4xx: used already, wrong code_verifier, …), oidc_unavailable when it is down or garbled.
Result<std::string> exchange_code(const OidcConfig& config, std::string_view code, std::string_view verifier) {
  const auto reply = net::send({.url = config.token_url,
                                .content_type = "application/x-www-form-urlencoded",
                                .body = form({{"grant_type", "authorization_code"},
                                              {"code", code},
                                              {"redirect_uri", config.redirect_uri},
                                              {"client_id", config.client_id},
                                              {"client_secret", config.client_secret},
                                              {"code_verifier", verifier}}),
                                .headers = {"Accept: application/json"}});
  const Error unavailable{"oidc_unavailable",
                          "Сервис «" + config.name + "» не ответил. Попробуйте позже или войдите по коду."};
  if (reply && reply->status >= 400 && reply->status < 500)
    return Error{"oidc_expired", "Сервис «" + config.name + "» не подтвердил этот вход. Начните вход заново."};
  if (!reply || reply->status != 200) return unavailable;
  const auto parsed = parse_object(reply->body);
  if (!parsed) return unavailable;
  auto token = string_field(*parsed, "id_token");
  if (token.empty()) return unavailable;
  return token;
}

}  // namespace

OidcStart OidcSignIn::start(std::string_view next) const {
  const std::string state = random_token(24), nonce = random_token(24), verifier = random_token(32);
  const json::object flow{{"state", state}, {"nonce", nonce}, {"verifier", verifier}, {"next", std::string(next)},
                          {"until", now_seconds() + kFlowSeconds}};
  const char joint = config_.authorize_url.find('?') == std::string::npos ? '?' : '&';
  return {config_.authorize_url + joint +
              form({{"response_type", "code"},
                    {"client_id", config_.client_id},
                    {"redirect_uri", config_.redirect_uri},
                    {"scope", config_.scope},
                    {"state", state},
                    {"nonce", nonce},
                    {"code_challenge", sha256_base64url(verifier)},
                    {"code_challenge_method", "S256"}}),
          key_.seal(json::serialize(flow))};
}

std::string OidcSignIn::return_path(std::string_view sealed_flow) const {
  const auto opened = key_.open(sealed_flow);
  const auto parsed = opened ? parse_object(*opened) : std::nullopt;
  const auto next = parsed ? string_field(*parsed, "next") : std::string();
  return next.empty() ? "/" : next;
}

Result<OidcSession> OidcSignIn::finish(const OidcCallback& callback) {
  const Error expired{"oidc_expired", "Вход занял слишком много времени или страница открыта повторно. Начните вход заново."};
  if (!callback.error.empty())
    return Error{"oidc_refused", "Сервис «" + config_.name + "» не подтвердил вход. Попробуйте ещё раз или войдите по коду."};
  const auto opened = key_.open(callback.sealed_flow);
  if (!opened) return expired;
  const auto parsed = parse_object(*opened);
  if (!parsed) return expired;
  const auto& flow = *parsed;
  const auto until = flow.find("until");
  if (until == flow.end() || !until->value().is_int64() || until->value().as_int64() < now_seconds() ||
      callback.code.empty() || !equal_in_constant_time(string_field(flow, "state"), callback.state))
    return expired;

  const auto id_token = exchange_code(config_, callback.code, string_field(flow, "verifier"));
  if (!id_token) return id_token.error();
  auto subject = id_token_subject(*id_token, {config_.issuer, config_.client_id, string_field(flow, "nonce"), now_seconds()});
  if (!subject) return subject.error();
  // Issuer and subject together name the person; the newline cannot occur in an issuer URL.
  return OidcSession{citizens_.open_session("oidc:" + config_.issuer + "\n" + *subject, ""), string_field(flow, "next")};
}

}  // namespace nok
