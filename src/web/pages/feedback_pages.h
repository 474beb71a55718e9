#pragma once
// The pages of the citizens' feedback besides the forms (feedback_forms.h).
#include "http/router.h"
#include "web/context.h"

namespace nok::web {

// /o/{code}/reviews: the published reviews with the organisation's answers.
void add_reviews_page(http::Router& router, const SiteContext& site);
// /o/{code}/plan: the published plan to remove deficiencies with the progress reports.
void add_plan_page(http::Router& router, const SiteContext& site);
// /me: the signed-in citizen's own page; /me/appeals/{id}: one of their appeals with the answer.
void add_citizen_pages(http::Router& router, const SiteContext& site);

}  // namespace nok::web
