// Citizen sign-in through an external OpenID Connect provider (ЕСИА/Госуслуги): the button
// on /login leads to /login/oidc, which sends the browser to the provider; the provider
// sends it back to /login/oidc/callback.
#include <kainjow/mustache.hpp>

#include "app/auth/oidc_sign_in.h"
#include "web/pages/pages.h"
#include "web/local_path.h"
#include "web/session.h"
#include "web/view.h"

namespace nok::web {
namespace {

constexpr std::string_view kFlowCookie = "nok_oidc";
constexpr long kSessionSeconds = 30L * 24 * 3600;

http::Response start(const SiteContext& site, const http::Request& request) {
  auto citizens = citizen_sign_in(site);
  const auto flow = OidcSignIn(citizens, site.key, *site.oidc).start(local_return_path(request.query_value("next")));
  auto response = http::Response::redirect(flow.authorize_redirect, 302);
  response.headers.emplace_back("Set-Cookie", cookie(site, kFlowCookie, flow.sealed_flow, OidcSignIn::kFlowSeconds));
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

http::Response finish(const SiteContext& site, const http::Request& request) {
  auto citizens = citizen_sign_in(site);
  OidcSignIn oidc(citizens, site.key, *site.oidc);
  auto signed_in = oidc.finish({request.cookie(kFlowCookie), request.query_value("state"), request.query_value("code"),
                                request.query_value("error")});
  http::Response response;
  if (signed_in) {
    response = http::Response::redirect(local_return_path(signed_in->next));
    response.headers.emplace_back("Set-Cookie", cookie(site, kSessionCookie, signed_in->session.token, kSessionSeconds));
  } else {
    Data data;
    data.set("error", signed_in.error().message);
    // Try again from the page the citizen started on.
    data.set("next", http::percent_encode(local_return_path(oidc.return_path(request.cookie(kFlowCookie)))));
    response = page(signed_in.error().code == "oidc_unavailable" ? 502 : 400, "oidc_error", "Вход", data, request);
  }
  // The flow is over either way: its cookie must not start another attempt.
  response.headers.emplace_back("Set-Cookie", cookie(site, kFlowCookie, "", -1));
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

}  // namespace

void add_oidc_sign_in_pages(http::Router& router, const SiteContext& site) {
  if (!site.oidc || !site.oidc->configured()) return;
  router.get("/login/oidc", [&site](const http::Request& r) { return start(site, r); });
  router.get("/login/oidc/callback", [&site](const http::Request& r) { return finish(site, r); });
}

}  // namespace nok::web
