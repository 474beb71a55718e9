#include "web/site.h"

#include "web/api/api.h"
#include "web/pages/pages.h"
#include "web/staff/pages.h"

namespace nok::web {

http::Router build_site(const SiteContext& site) {
  Store& store = site.store;
  http::Router router;
  add_service_routes(router, store);
  add_registry_pages(router, store);
  add_print_pages(router, store);
  add_organisation_page(router, site);
  add_results_pages(router, site);
  add_open_data(router, site);
  add_survey_pages(router, site);
  add_feedback_pages(router, site);
  add_sign_in_pages(router, site);
  add_oidc_sign_in_pages(router, site);
  add_staff_pages(router, site);
  add_registry_api(router, store);
  add_citizen_api(router, site);
  add_feedback_api(router, site);
  add_fallbacks(router);
  return router;
}

}  // namespace nok::web
