#pragma once
#include "http/router.h"
#include "web/context.h"

namespace nok::web {

// Every staff route; nothing when the site has no staff context (site.staff == nullptr).
void add_staff_pages(http::Router& router, const SiteContext& site);

// /staff/login, /staff/logout, /staff/password (one-time links), /staff/reset, /staff.
void add_staff_sign_in_pages(http::Router& router, const SiteContext& site);
// /staff/totp: enrolling an authenticator app.
void add_totp_page(http::Router& router, const SiteContext& site);
// /cabinet/{code}: profile, QR codes, placements and their funnel.
void add_cabinet_pages(http::Router& router, const SiteContext& site);
// /cabinet/{code}/appeals: the appeals inbox and the answers.
void add_cabinet_appeal_pages(http::Router& router, const SiteContext& site);
// /cabinet/{code}/reviews: reviews and the public answers.
void add_cabinet_review_pages(http::Router& router, const SiteContext& site);
// /cabinet/{code}/invitations: invitations after a service, their lists and keys.
void add_cabinet_invitation_pages(http::Router& router, const SiteContext& site);
// /cabinet/{code}/kiosks: the organisation's terminals in its halls.
void add_cabinet_kiosk_pages(http::Router& router, const SiteContext& site);
// /cabinet/{code}/plan: the plan to remove deficiencies, its items and progress reports.
void add_cabinet_plan_pages(http::Router& router, const SiteContext& site);
// /official/plans: plans awaiting the authority's decision; approving or returning one.
void add_official_plan_pages(http::Router& router, const SiteContext& site);
// /admin/users/{id}/disable, /enable, /remove-totp.
void add_admin_account_pages(http::Router& router, const SiteContext& site);
// /official: QR placement per region and organisation of an authority.
void add_official_pages(http::Router& router, const SiteContext& site);
// /official/posters and /official/posters.zip: every poster of a region or an authority, one ZIP.
void add_official_poster_pages(http::Router& router, const SiteContext& site);
// /monitoring, /monitoring.xlsx, /monitoring.csv: participation, feedback, popularisation
// and deadlines by region, authority, municipality and organisation.
void add_monitoring_pages(http::Router& router, const SiteContext& site);
// /monitoring/websites (.csv, .xlsx): the НОК block on organisations' websites by authority,
// municipality and sphere, and the organisations without a working one.
void add_website_coverage_pages(http::Router& router, const SiteContext& site);
// /operator: the organisations of an operator's contracts and their samples.
void add_operator_pages(http::Router& router, const SiteContext& site);
// /cycles: assessment cycles, their steps, results, council decisions and protocols.
void add_cycle_pages(http::Router& router, const SiteContext& site);
// /cycles/{id}/export/…: a cycle's counted responses, inspections, organisations and edition.
void add_cycle_export_pages(http::Router& router, const SiteContext& site);
// /moderation: held reviews and survey responses, and the decisions on them.
void add_moderation_pages(http::Router& router, const SiteContext& site);
// /admin/users, /admin/audit.
void add_admin_pages(http::Router& router, const SiteContext& site);
// /monitoring/report.docx and .pdf: an authority's yearly report; /monitoring/notes: its texts for it.
void add_monitoring_report_pages(http::Router& router, const SiteContext& site);
void add_monitoring_notes_pages(http::Router& router, const SiteContext& site);
// /admin/api-tokens: issuing and revoking read-only API tokens of the monitoring.
void add_admin_api_token_pages(http::Router& router, const SiteContext& site);
// /admin/qr-destinations: where each region's QR codes lead (nok's page or bus.gov.ru).
void add_admin_qr_destination_pages(http::Router& router, const SiteContext& site);
// /cabinet/{code}/qr-destination: where the organisation's QR code leads, chosen by its authority.
void add_cabinet_qr_destination_pages(http::Router& router, const SiteContext& site);
// /authorities/{id}/popularisation: an authority's yearly plan of popularisation measures;
// its .xlsx and .csv downloads (add_popularisation_download_pages, called by the first).
void add_popularisation_plan_pages(http::Router& router, const SiteContext& site);
void add_popularisation_download_pages(http::Router& router, const SiteContext& site);
// /admin/outbox: undelivered and waiting e-mail and SMS; sending a dead one again.
void add_admin_outbox_pages(http::Router& router, const SiteContext& site);

}  // namespace nok::web
