// The survey (form 3, docs/domain.md#citizen-forms): every question on one page, no JavaScript needed.
// Errors are listed at the top with links to their questions; answers are kept.
#include <kainjow/mustache.hpp>

#include "app/survey/submit_survey.h"
#include "core/time.h"
#include "domain/survey/questionnaire.h"
#include "web/pages/citizen_form.h"
#include "web/pages/pages.h"
#include "web/pages/questionnaire_view.h"
#include "web/staff/placement_visit.h"

namespace nok::web {
namespace {

http::Response form(const SiteContext& site, const http::Request& request, const Organisation& org,
                    const http::Fields& posted, const Errors& errors, int status) {
  const auto& q = survey::questionnaire_for(org.sphere);
  http::Response extra;
  Data data;
  set_form_basics(data, site, request, org, posted, errors, "q-" + std::string(survey::key(q.questions[0].item)), extra);
  data.set("preamble", std::string(q.preamble));
  set_questionnaire(data, q, posted, errors);
  return form_response(page(status, "survey", "Анкета — " + org.short_name, data, request), extra);
}

http::Response show(const SiteContext& site, const http::Request& request) {
  const auto visit = visit_form(site, request);
  if (visit.refusal) return *visit.refusal;
  const auto& org = visit.org;
  if (!site.store.assessment_of(org->code, current_year()))
    return message_page(409, "Анкета сейчас не принимается",
                        "Эта организация не участвует в независимой оценке в этом году. Вы можете оставить отзыв или "
                        "обращение на странице организации.",
                        request);
  count_survey_stage(site, request, org->code, FunnelStage::started);
  return form(site, request, *org, {}, {}, 200);
}

// The thank-you page, or the form again with what to correct.
http::Response submitted(const SiteContext& site, const http::Request& request, const Organisation& org,
                         const http::Fields& posted, const SurveyResult& result) {
  if (!result.errors.empty()) return form(site, request, org, posted, result.errors, result.status);
  forget_organisation_page(org.code);
  if (result.outcome.counted && !result.outcome.repeated)
    count_survey_stage(site, request, org.code, FunnelStage::completed);
  Data data;
  data.set("code", org.code);
  data.set("replaced", result.outcome.replaced_previous);
  data.set("held", !result.outcome.counted);
  return page(200, "thanks", "Спасибо", data, request);
}

// Answered once the group commit has made the response durable; no thread waits meanwhile.
void submit(const SiteContext& site, const http::Request& request, http::Reply reply) {
  auto visit = visit_form(site, request);
  if (visit.refusal) return reply([refusal = std::move(*visit.refusal)] { return refusal; });
  http::Fields posted;
  if (auto bad = read_posted_form(site, request, posted)) return reply([bad = std::move(*bad)] { return bad; });

  const Organisation org = *visit.org;
  SurveyRequest survey{org.code, {}, survey::Channel::web, visit.session->citizen_id,
                       std::string(field(posted, "idempotency_key")), request.remote_address};
  for (const auto& [k, v] : posted)
    if (k != "csrf" && k != "idempotency_key") survey.answers.push_back({k, v});
  submit_survey_async(site.store, site.key, survey,
                      [&site, &request, reply, org, posted](std::exception_ptr error, SurveyResult result) {
                        reply([&site, &request, org, posted, error, result = std::move(result)] {
                          if (error) std::rethrow_exception(error);
                          return submitted(site, request, org, posted, result);
                        });
                      });
}

}  // namespace

void add_survey_pages(http::Router& router, const SiteContext& site) {
  router.get("/o/{code}/survey", [&site](const http::Request& r) { return show(site, r); });
  router.post_deferred("/o/{code}/survey",
                       [&site](const http::Request& r, http::Reply reply) { submit(site, r, std::move(reply)); });
}

}  // namespace nok::web
