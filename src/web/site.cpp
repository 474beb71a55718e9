#include "web/site.h"

#include "http/response_filter.h"
#include "web/api/api.h"
#include "web/pages/pages.h"
#include "web/security_headers.h"
#include "web/staff/pages.h"

namespace nok::web {

http::Router build_site(const SiteContext& site, const MetricsAccess& metrics_access) {
  Store& store = site.store;
  http::Router router;
  router.on_response([csp = content_security_policy(site.public_url)](const http::Request& request,
                                                                        http::Response& response) {
    add_security_headers(request, response, csp);
  });
  router.on_response(http::ResponseFilter());  // after the headers: it reads Cache-Control
  add_service_routes(router, site, metrics_access);
  add_low_vision_pages(router, site);
  add_registry_pages(router, store);
  add_print_pages(router, store, print::PrintConfig{site.public_url});
  add_screen_loop_page(router, site);
  add_authority_pages(router, site);
  add_organisation_page(router, site);
  add_results_pages(router, site);
  add_league_page(router, site);
  add_open_data(router, site);
  add_survey_pages(router, site);
  add_feedback_pages(router, site);
  add_sign_in_pages(router, site);
  add_oidc_sign_in_pages(router, site);
  add_invitation_pages(router, site);
  add_kiosk_pages(router, site);
  add_staff_pages(router, site);
  add_registry_api(router, store);
  add_citizen_api(router, site);
  add_feedback_api(router, site);
  add_monitoring_api(router, site);
  add_invitation_api(router, site);
  add_fallbacks(router);
  return router;
}

}  // namespace nok::web
