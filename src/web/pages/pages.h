#pragma once
#include "http/router.h"
#include "print/target_url.h"
#include "store/store.h"
#include "web/context.h"
#include "web/metrics_access.h"

namespace nok::web {

// /healthz, /metrics (to those `metrics_access` lets in), /static/{file}.
void add_service_routes(http::Router& router, const SiteContext& site, const MetricsAccess& metrics_access);
// /a11y (switches the version for the visually impaired and sets its choices) and
// /a11y/settings (the form of its choices).
void add_low_vision_pages(http::Router& router, const SiteContext& site);
// /, /search (by name, region, sphere and the listing authority).
void add_registry_pages(http::Router& router, Store& store);
// /o/{code}/print and the downloads it lists: QR code, posters, labels, tickets, idle screen, website block.
void add_print_pages(http::Router& router, Store& store, const print::PrintConfig& config);
// /o/{code}/screen-loop: slides for a hall monitor, cycling without scripts.
void add_screen_loop_page(http::Router& router, const SiteContext& site);
// /authorities/{id}/banner.png and /authorities/{id}/web-block: an authority's banners and
// the block for other sites that link to the list of its organisations.
void add_authority_pages(http::Router& router, const SiteContext& site);
// /o/{code}: the organisation page, the QR target.
void add_organisation_page(http::Router& router, const SiteContext& site);
// /o/{code}/results: every published edition of an organisation's official results.
void add_results_pages(http::Router& router, const SiteContext& site);
// /results: the league table of a year's published results by region and sphere.
void add_league_page(http::Router& router, const SiteContext& site);
// /opendata: the published results of a year as CSV and JSON.
void add_open_data(http::Router& router, const SiteContext& site);
// /o/{code}/survey: the 675н questionnaire for signed-in citizens.
void add_survey_pages(http::Router& router, const SiteContext& site);
// The citizens' feedback: /o/{code}/rate, /opinion, /measures, /review, /appeal, /reviews; /me, /me/appeals/{id}.
void add_feedback_pages(http::Router& router, const SiteContext& site);
// /login/oidc and its callback: citizen sign-in through an OpenID Connect provider
// (ЕСИА/Госуслуги), when one is configured.
void add_oidc_sign_in_pages(http::Router& router, const SiteContext& site);
// /login, /login/code, /logout: citizen sign-in by a one-time code sent by e-mail or SMS.
void add_sign_in_pages(http::Router& router, const SiteContext& site);
// Friendly 404 and 500 pages (JSON under /api/).
// /i/{token} and /i/{token}/stop: the personal link of an invitation after a service.
void add_invitation_pages(http::Router& router, const SiteContext& site);
// /kiosk/{secret}: a terminal in an organisation's hall.
void add_kiosk_pages(http::Router& router, const SiteContext& site);

void add_fallbacks(http::Router& router);

}  // namespace nok::web
