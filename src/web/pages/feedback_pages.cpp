// Registers the citizens' feedback: the forms, the list of reviews and the citizen's own page.
#include "web/pages/feedback_forms.h"
#include "web/pages/feedback_pages.h"
#include "web/pages/pages.h"

namespace nok::web {

void add_feedback_pages(http::Router& router, const SiteContext& site) {
  for (auto form : {rating_form(), opinion_form(), measures_form(), review_form(site.review_policy), appeal_form()})
    add_citizen_form(router, site, std::move(form));
  add_reviews_page(router, site);
  add_plan_page(router, site);
  add_citizen_pages(router, site);
}

}  // namespace nok::web
