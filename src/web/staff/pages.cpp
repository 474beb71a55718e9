#include "web/staff/pages.h"

namespace nok::web {

void add_staff_pages(http::Router& router, const SiteContext& site) {
  if (!site.staff) return;
  add_staff_sign_in_pages(router, site);
  add_totp_page(router, site);
  add_cabinet_pages(router, site);
  add_cabinet_appeal_pages(router, site);
  add_cabinet_review_pages(router, site);
  add_cabinet_invitation_pages(router, site);
  add_cabinet_kiosk_pages(router, site);
  add_cabinet_plan_pages(router, site);
  add_official_plan_pages(router, site);
  add_official_pages(router, site);
  add_monitoring_pages(router, site);
  add_website_coverage_pages(router, site);
  add_cycle_pages(router, site);
  add_cycle_export_pages(router, site);
  add_moderation_pages(router, site);
  add_operator_pages(router, site);
  add_admin_pages(router, site);
  add_admin_account_pages(router, site);
  add_admin_outbox_pages(router, site);
  add_monitoring_report_pages(router, site);
  add_monitoring_notes_pages(router, site);
  add_popularisation_plan_pages(router, site);
  add_admin_api_token_pages(router, site);
  add_admin_qr_destination_pages(router, site);
  add_cabinet_qr_destination_pages(router, site);
}

}  // namespace nok::web
