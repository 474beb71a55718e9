// The personal link of an invitation after a service: /i/{token} asks the person to go on
// to the survey (a button, so that a mail scanner's visit signs nobody in), /i/{token}/stop
// stops every invitation to them — also by a mail client's one-click POST (RFC 8058), which
// carries no form token: the link itself is the credential.
#include <kainjow/mustache.hpp>

#include "app/invitation/invitations.h"
#include "web/error_status.h"
#include "web/pages/pages.h"
#include "web/session.h"
#include "web/view.h"

namespace nok::web {
namespace {

constexpr long kSessionSeconds = 30L * 24 * 3600;

Invitations invitations(const SiteContext& site) {
  return Invitations(site.store, *site.staff->invitations, site.key, site.staff->invitation_policy);
}

http::Response refused(const Error& error, const http::Request& request) {
  return message_page(static_cast<int>(http_status(error)),
                      error.kind == ErrorKind::not_found ? "Приглашение не найдено" : "Приглашение не действует",
                      error.message, request);
}

http::Response show(const SiteContext& site, const http::Request& request) {
  const std::string token(request.param("token"));
  auto invitation = invitations(site);
  auto found = invitation.look_up(token);
  if (!found) return refused(found.error(), request);
  if (auto unusable = invitation.unusable(*found)) return refused(*unusable, request);
  const auto org = site.store.find_organisation(found->organisation_code);
  if (!org) return refused(Error{"invitation_not_found", "", 0, "", ErrorKind::not_found}, request);
  http::Response response;
  Data data;
  data.set("token", token);
  data.set("name", org->short_name);
  data.set("csrf", form_token(site, request, response));
  auto page = web::page(200, "invitation", "Приглашение оценить организацию", data, request);
  page.headers.insert(page.headers.end(), response.headers.begin(), response.headers.end());
  page.headers.emplace_back("Cache-Control", "no-store");
  page.headers.emplace_back("Referrer-Policy", "no-referrer");
  return page;
}

http::Response accept(const SiteContext& site, const http::Request& request) {
  http::Fields form;
  if (!http::parse_form(request.body, form) || !form_token_valid(site, request, form))
    return message_page(403, "Форма устарела", "Откройте ссылку из приглашения ещё раз и нажмите кнопку.", request);
  const std::string token(request.param("token"));
  auto invitation = invitations(site);
  auto found = invitation.look_up(token);
  if (!found) return refused(found.error(), request);
  auto session = invitation.accept(token);
  if (!session) return refused(session.error(), request);
  auto response = http::Response::redirect("/o/" + found->organisation_code + "/survey");
  response.headers.emplace_back("Set-Cookie", cookie(site, kSessionCookie, session->token, kSessionSeconds));
  return response;
}

http::Response ask_stop(const SiteContext& site, const http::Request& request) {
  const std::string token(request.param("token"));
  auto found = invitations(site).look_up(token);
  if (!found) return refused(found.error(), request);
  Data data;
  data.set("token", token);
  auto page = web::page(200, "invitation_stop", "Отказ от приглашений", data, request);
  page.headers.emplace_back("Cache-Control", "no-store");
  page.headers.emplace_back("Referrer-Policy", "no-referrer");
  return page;
}

http::Response stop(const SiteContext& site, const http::Request& request) {
  auto stopped = invitations(site).opt_out(request.param("token"));
  if (!stopped) return refused(stopped.error(), request);
  return message_page(200, "Приглашений больше не будет",
                      "Мы больше не пришлём приглашений на этот адрес ни от одной организации. Оценить организацию "
                      "вы можете сами, на её странице.",
                      request);
}

}  // namespace

void add_invitation_pages(http::Router& router, const SiteContext& site) {
  if (!site.staff || !site.staff->invitations) return;
  router.get("/i/{token}", [&site](const http::Request& r) { return show(site, r); });
  router.post("/i/{token}", [&site](const http::Request& r) { return accept(site, r); });
  router.get("/i/{token}/stop", [&site](const http::Request& r) { return ask_stop(site, r); });
  router.post("/i/{token}/stop", [&site](const http::Request& r) { return stop(site, r); });
}

}  // namespace nok::web
