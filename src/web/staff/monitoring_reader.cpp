#include "web/staff/monitoring_reader.h"

#include "app/staff/api_tokens.h"
#include "web/api/api.h"
#include "web/staff/guard.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

constexpr std::string_view kBearer = "Bearer ";

}  // namespace

bool has_bearer(const http::Request& request) { return request.header("authorization").starts_with(kBearer); }

Result<staff::StaffUser> monitoring_reader(const SiteContext& site, const http::Request& request) {
  if (has_bearer(request)) {
    std::optional<staff::StaffUser> reader;
    if (site.staff->api_tokens)
      reader = ApiTokens(*site.staff->api_tokens, site.staff->accounts, site.key)
                   .reader(request.header("authorization").substr(kBearer.size()));
    if (!reader)
      return refusal(ErrorKind::unauthorized, "api_token_invalid",
                     "Токен доступа к API неизвестен или отозван. Попросите администратора выпустить новый.");
    return *reader;
  }
  if (auto account = current_staff(site, request)) return account->user;
  return refusal(ErrorKind::unauthorized, "unauthorized",
                 "Войдите в кабинет сотрудника или передайте токен доступа в заголовке Authorization: Bearer.");
}

http::Response reader_refused(const Error& error) {
  auto response = api_error(401, error.code, error.message);
  response.headers.emplace_back("WWW-Authenticate",
                                error.code == "api_token_invalid" ? "Bearer error=\"invalid_token\"" : "Bearer");
  return response;
}

http::Response for_reader(const SiteContext& site, const http::Request& request, const ReaderHandler& handler) {
  if (!has_bearer(request))
    return for_staff(site, request, [&](const StaffAccount& account) { return handler(account.user, false); });
  auto reader = monitoring_reader(site, request);
  if (!reader) return reader_refused(reader.error());
  return handler(*reader, true);
}

}  // namespace nok::web
