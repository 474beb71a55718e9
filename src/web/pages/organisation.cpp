// The organisation page: the QR target. What the organisation is, how it is rated this
// year (the 344н total and criteria, live; citizens' points and opinions apart from them),
// what citizens wrote, and what a citizen can do here.
#include <kainjow/mustache.hpp>

#include "app/survey/submit_survey.h"
#include "core/time.h"
#include "domain/methodology/methodology.h"
#include "domain/methodology/sample.h"
#include "domain/methodology/score.h"
#include "web/pages/answer_shares.h"
#include "web/pages/organisation_feedback.h"
#include "web/pages/pages.h"
#include "web/pages/questionnaire_view.h"
#include "web/pages/results_view.h"
#include "web/pages/wording.h"
#include "web/low_vision.h"
#include "web/staff/placement_visit.h"
#include "web/session.h"
#include "web/view.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

void add_scores(Data& data, const Organisation& org, const AssessmentCard& card, const methodology::Methodology& m) {
  const auto score = methodology::score(m, org.sphere, card.tally, card.expert);
  data.set("total", score_text(score.total));
  list criteria;
  for (std::size_t i = 0; i < m.criteria.size(); ++i)
    criteria.push_back(object{{"title", m.criteria[i].title}, {"value", score_text(score.criteria[i])}});
  data.set("criteria", criteria);
  data.set("respondents", plural(card.tally.respondents, "человек", "человека", "человек"));
  data.set("sample_target", std::to_string(card.assessment.sample_target));
  data.set("methodology_title", m.title);
  add_answer_shares(data, m, org.sphere, card.tally);
}

http::Response organisation(const SiteContext& site, const http::Request& request) {
  // Kept pages are the plain address's only: a query string (a poster's ?p=, or anything
  // appended) would let one page be kept under any number of names.
  const bool anonymous = request.cookie(kSessionCookie).empty() && request.target == request.path &&
                         !read_low_vision(request.cookie(kLowVisionCookie)).on;
  // A kept page is one of an organisation read a little while ago (OrganisationPages).
  if (anonymous)
    if (auto kept = site.organisation_pages->find(request.target)) {
      count_scan(site, request.param("code"));  // the visit still counts
      http::Response response;
      response.kept = std::move(kept);
      return response;
    }
  auto org = site.store.find_organisation(request.param("code"));
  if (!org)
    return message_page(404, "Организация не найдена",
                        "По этому адресу нет организации. Возможно, QR-код повреждён или адрес набран с ошибкой — "
                        "найдите организацию через поиск.",
                        request);
  if (auto away = send_on(site, request, *org)) return std::move(*away);
  Data data;
  data.set("code", org->code);
  data.set("short_name", org->short_name);
  data.set("full_name", org->full_name);
  data.set("different_full_name", org->full_name != org->short_name);
  data.set("sphere", std::string(title(org->sphere)));
  data.set("sphere_code", std::string(code(org->sphere)));
  data.set("region", region_name(org->region_code));
  set_if_any(data, "address", org->address);
  set_if_any(data, "authority", org->authority);
  if (org->website.starts_with("http://") || org->website.starts_with("https://")) data.set("website", org->website);
  data.set("inn", org->inn);
  const int year = current_year();
  data.set("year", std::to_string(year));
  auto card = site.store.assessment_card(org->code, year);
  if (card) {
    data.set("assessed", true);
    data.set("survey_open", survey_open(card->assessment));
    // The cycle's edition: its formulas, its questionnaire.
    const auto& edition = site.editions->of_cycle(card->assessment.methodology);
    add_scores(data, *org, *card, edition);
    const auto steps = questionnaire_fields(methodology::questionnaire_for(edition, org->sphere)).size();
    data.set("survey_steps", plural(static_cast<std::int64_t>(steps), "вопрос", "вопроса", "вопросов"));
  }
  // Comments on the measures taken need measures to comment on: the published plan.
  data.set("has_plan", !site.store.published_plan(org->code).empty());
  if (site.staff)
    add_published_results(data, *site.editions, site.staff->cycles.published_results(org->code),
                          [&](int year) { return site.staff->cycles.published_means(year); });
  add_citizen_feedback(data, site.store.organisation_feedback(org->code, card ? card->assessment.cycle_id : 0,
                                                              kLatestReviews));
  const auto placement_cookie = placement_visit(site, request, *org, data);
  auto response = page(200, "organisation", org->short_name, data, request);
  if (anonymous) response.kept = site.organisation_pages->keep(request.target, std::move(response.body));
  response.headers.insert(response.headers.end(), placement_cookie.begin(), placement_cookie.end());
  return response;
}

}  // namespace

void add_organisation_page(http::Router& router, const SiteContext& site) {
  site.store.on_public_change([pages = site.organisation_pages] { pages->forget_all(); });
  router.get("/o/{code}", [&site](const http::Request& r) { return organisation(site, r); });
}

}  // namespace nok::web
