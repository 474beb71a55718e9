#include "app/auth/id_token.h"

#include "app/auth/json_object.h"
#include "core/crypto.h"

namespace nok {
namespace {

namespace json = boost::json;

bool audience_includes(const json::value& aud, const std::string& client_id) {
  if (aud.is_string()) return aud.as_string() == client_id;
  if (!aud.is_array()) return false;
  for (const auto& a : aud.as_array())
    if (a.is_string() && a.as_string() == client_id) return true;
  return false;
}

}  // namespace

Result<std::string> id_token_subject(std::string_view id_token, const IdTokenExpectations& expected) {
  const Error bad{"oidc_bad_token", "Сервис входа прислал неверный ответ. Попробуйте войти ещё раз или по коду."};
  const auto first_dot = id_token.find('.');
  const auto second_dot = first_dot == std::string_view::npos ? first_dot : id_token.find('.', first_dot + 1);
  if (second_dot == std::string_view::npos) return bad;
  const auto payload = from_base64url(id_token.substr(first_dot + 1, second_dot - first_dot - 1));
  if (!payload) return bad;
  const auto parsed = parse_object(*payload);
  if (!parsed) return bad;
  const auto& claims = *parsed;

  const auto exp = claims.find("exp");
  const bool fresh = exp != claims.end() && exp->value().is_number() && exp->value().to_number<double>() > expected.now;
  const auto aud = claims.find("aud");
  const std::string sub = string_field(claims, "sub");
  if (string_field(claims, "iss") != expected.issuer || aud == claims.end() ||
      !audience_includes(aud->value(), expected.client_id) || !fresh || sub.empty() ||
      !equal_in_constant_time(string_field(claims, "nonce"), expected.nonce))
    return bad;
  return sub;
}

}  // namespace nok
