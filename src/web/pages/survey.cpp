// The survey (form 3, docs/domain.md#citizen-forms): every question on one page, no JavaScript needed.
// Errors are listed at the top with links to their questions; answers are kept. A stored
// survey answers with a redirect to its thank-you page (Post/Redirect/Get).
#include <kainjow/mustache.hpp>

#include "domain/methodology/methodology.h"
#include "app/survey/submit_survey.h"
#include "core/time.h"
#include "domain/survey/questionnaire.h"
#include "web/cycle_edition.h"
#include "web/pages/citizen_form.h"
#include "web/pages/pages.h"
#include "web/pages/questionnaire_view.h"
#include "web/pages/wording.h"
#include "web/staff/placement_visit.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

http::Response form(const SiteContext& site, const http::Request& request, const Organisation& org,
                    const http::Fields& posted, const Errors& errors, int status) {
  const auto& q = methodology::questionnaire_for(cycle_edition(site, org.code), org.sphere);
  const auto fields = questionnaire_fields(q);
  http::Response extra;
  Data data;
  set_form_basics(data, site, request, org, posted, errors, fields, extra);
  data.set("preamble", std::string(q.preamble));
  data.set("steps", plural(static_cast<std::int64_t>(fields.size()), "вопрос", "вопроса", "вопросов"));
  set_questionnaire(data, q, posted, errors);
  const auto title = form_title("Анкета — " + org.short_name, !errors.empty());
  return form_response(page(status, "survey", title, data, request), extra);
}

http::Response show(const SiteContext& site, const http::Request& request) {
  const auto visit = visit_form(site, request);
  if (visit.refusal) return *visit.refusal;
  const auto& org = visit.org;
  const auto assessment = site.store.assessment_of(org->code, current_year());
  if (!assessment)
    return message_page(409, "Анкета сейчас не принимается",
                        "Эта организация не участвует в независимой оценке в этом году. Вы можете оставить отзыв или "
                        "обращение на странице организации.",
                        request);
  if (!survey_open(*assessment))
    return message_page(409, "Анкета сейчас не принимается", closed_collection_text(current_year()), request);
  count_survey_stage(site, request, org->code, FunnelStage::started);
  return form(site, request, *org, {}, {}, 200);
}

// The redirect to the thank-you page, or the form again with what to correct.
http::Response submitted(const SiteContext& site, const http::Request& request, const Organisation& org,
                         const http::Fields& posted, const SurveyResult& result) {
  if (!result.errors.empty()) return form(site, request, org, posted, result.errors, http_status(result.errors));
  site.organisation_pages->forget(org.code);
  if (result.outcome.counted && !result.outcome.repeated)
    count_survey_stage(site, request, org.code, FunnelStage::completed);
  return result_redirect(org.code, "survey",
                         {result.outcome.response_id, result.outcome.repeated, result.outcome.replaced_previous,
                          result.outcome.counted ? "counted" : "moderation"});
}

http::Response thanks(const SiteContext& site, const http::Request& request) {
  const auto visit = visit_form(site, request);
  if (visit.refusal) return *visit.refusal;
  const auto outcome = result_of(request);
  Data data;
  data.set("code", visit.org->code);
  data.set("replaced", outcome.replaced_previous);
  data.set("held", outcome.status == "moderation");
  return page(200, "thanks", "Спасибо", data, request);
}

// Answered once the group commit has made the response durable; no thread waits meanwhile.
void submit(const SiteContext& site, const http::Request& request, http::Reply reply) {
  auto visit = visit_form(site, request);
  if (visit.refusal) return reply([refusal = std::move(*visit.refusal)] { return refusal; });
  http::Fields posted;
  if (auto bad = read_posted_form(site, request, posted)) return reply([bad = std::move(*bad)] { return bad; });

  const Organisation org = *visit.org;
  const auto& questionnaire = methodology::questionnaire_for(cycle_edition(site, org.code), org.sphere);
  SurveyRequest survey{org.code, posted_answers(questionnaire, posted), survey::Channel::web,
                       visit.session->citizen_id, std::string(field(posted, "idempotency_key")),
                       request.remote_address};
  submit_survey_async(site.store, *site.editions, site.key, survey,
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
  router.get("/o/{code}/survey/sent", [&site](const http::Request& r) { return thanks(site, r); });
  router.post_deferred("/o/{code}/survey",
                       [&site](const http::Request& r, http::Reply reply) { submit(site, r, std::move(reply)); });
}

}  // namespace nok::web
