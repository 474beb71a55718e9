#pragma once
#include <string>

#include "http/router.h"
#include "store/store.h"
#include "web/context.h"

namespace nok::web {

// GET /api/v1/organisations?q=&region=&sphere=&limit=&offset= and /api/v1/organisations/{code}.
void add_registry_api(http::Router& router, Store& store);

// /api/v1/auth/code, /api/v1/auth/session, /api/v1/organisations/{code}/scores and
// /api/v1/organisations/{code}/responses: what the citizen app needs.
void add_citizen_api(http::Router& router, const SiteContext& site);

// The citizens' feedback besides the survey: POST …/ratings, …/opinions, …/measure-feedback,
// …/reviews, …/appeals; GET …/feedback, …/reviews, …/plan; GET /api/v1/me, /api/v1/me/appeals/{id}.
void add_feedback_api(http::Router& router, const SiteContext& site);

// GET /api/v1/monitoring?year=&region=&authority=&municipality=&sphere=&org=: the monitoring
// page's figures as JSON for staff signed in (the same scope rules as /monitoring).
void add_monitoring_api(http::Router& router, const SiteContext& site);

// POST /api/v1/invitations: one person an organisation's system invites after a service.
void add_invitation_api(http::Router& router, const SiteContext& site);

// {"error":{"code":…,"message":…}} with the given status: every API failure looks like this.
http::Response api_error(int status, const std::string& code, const std::string& message);

}  // namespace nok::web
