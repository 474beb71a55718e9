#include "app/survey/submit_survey.h"

#include <algorithm>

#include "app/idempotency/idempotency_key.h"
#include "core/text.h"
#include "core/time.h"
#include "domain/cycle/workflow.h"
#include "domain/methodology/methodology.h"
#include "domain/survey/questionnaire.h"
#include "domain/survey/response_check.h"

namespace nok {
namespace {

using Clock = std::chrono::system_clock;

// Letters and digits only, folded, so that "Спасибо!!  Всё отлично" and "спасибо, все отлично"
// count as the same text.
std::string normalised(std::string_view text) {
  std::string out;
  for (char c : text::fold(text)) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) out += c;
  }
  return out;
}

std::string moderation_reason(const PaddingSignals& s, const PaddingPolicy& p) {
  if (s.by_citizen >= p.organisations_per_citizen_hour) return "mass_posting";
  if (s.by_network >= p.responses_per_network_window) return "network_burst";
  if (s.same_text_elsewhere >= p.same_text_accounts) return "duplicate_text";
  return "";
}

}  // namespace

bool survey_open(const Assessment& assessment) {
  const auto state = cycle::parse_state(assessment.state);
  return !state || cycle::takes_questionnaires(*state);
}

std::string closed_collection_text(int year) {
  return "Сбор анкет об этой организации за " + std::to_string(year) +
         " год завершён: результаты готовятся к публикации или уже опубликованы. Вы можете оценить организацию в "
         "баллах, оставить отзыв или обращение.";
}

survey::ParsedResponse read_submitted(const survey::Questionnaire& q, const Organisation& org, survey::Channel channel,
                                      std::vector<Field> answers, const std::string& collected_at) {
  const std::string channel_code(survey::code(channel));
  answers.push_back({"org", org.code});
  answers.push_back({"channel", channel_code});
  answers.push_back({"collected_at", collected_at});
  return survey::parse_response(q, answers);
}

std::string network_of(std::string_view address) {
  if (address.find(':') != std::string_view::npos) {  // IPv6: keep three groups
    std::size_t pos = 0;
    for (int groups = 0; groups < 3 && pos != std::string_view::npos; ++groups) pos = address.find(':', pos + 1);
    return std::string(address.substr(0, pos)) + "::/48";
  }
  return std::string(address.substr(0, address.rfind('.'))) + ".0/24";
}

namespace {

// Checks a submission and turns it into the record to store: `stored` is empty when the
// result already says why nothing will be.
struct Prepared {
  SurveyResult refusal;
  std::optional<NewResponse> stored;
};

Prepared prepare(Store& store, EditionCatalog& editions, const SecretKey& key, const SurveyRequest& request,
                 const PaddingPolicy& policy) {
  Prepared out;
  auto fail = [&](ErrorKind kind, std::string code, std::string message) {
    out.refusal.errors.push_back(refusal(kind, std::move(code), std::move(message)));
    return std::move(out);
  };
  if (auto error = idempotency_key_error(request.idempotency_key)) {
    out.refusal.errors.push_back(std::move(*error));
    return out;
  }
  auto org = store.find_organisation(request.org_code);
  if (!org) return fail(ErrorKind::not_found, "organisation_not_found", "Организация не найдена");
  const auto assessment = store.assessment_of(org->code, current_year());  // cached for a few seconds
  if (!assessment)
    return fail(ErrorKind::conflict, "not_in_cycle",
                "Эта организация не участвует в независимой оценке в " + std::to_string(current_year()) +
                    " году, поэтому анкета сейчас не принимается. Вы можете оставить отзыв или обращение.");

  if (!survey_open(*assessment))
    return fail(ErrorKind::conflict, "collection_closed", closed_collection_text(current_year()));

  const auto& questionnaire = methodology::questionnaire_for(editions.of_cycle(assessment->methodology), org->sphere);
  auto parsed = read_submitted(questionnaire, *org, request.channel, request.answers, iso_utc_now());
  if (!parsed.errors.empty()) {
    out.refusal.errors = std::move(parsed.errors);
    return out;
  }

  NewResponse stored{std::move(parsed.response), assessment->cycle_id, std::string(questionnaire.id),
                     request.citizen_id, request.idempotency_key};
  stored.kiosk_id = request.kiosk_id;
  stored.assisted = request.assisted;
  if (!request.remote_address.empty()) stored.network_hash = key.hash("net:" + network_of(request.remote_address));
  if (auto text = normalised(stored.response.suggestions); text::length(text) >= policy.min_text_length)
    stored.text_hash = key.hash("text:" + text);
  stored.padding = PaddingCheck{iso_utc(Clock::now() - std::chrono::hours(1)),
                                iso_utc(Clock::now() - policy.network_window),
                                std::max({policy.organisations_per_citizen_hour, policy.responses_per_network_window,
                                          policy.same_text_accounts}),
                                [policy](const PaddingSignals& s) { return moderation_reason(s, policy); }};
  out.stored = std::move(stored);
  return out;
}

}  // namespace

SurveyResult submit_survey(Store& store, EditionCatalog& editions, const SecretKey& key, const SurveyRequest& request,
                           const PaddingPolicy& policy) {
  auto prepared = prepare(store, editions, key, request, policy);
  if (!prepared.stored) return std::move(prepared.refusal);
  SurveyResult result;
  result.outcome = store.submit_response(*prepared.stored);
  return result;
}

void submit_survey_async(Store& store, EditionCatalog& editions, const SecretKey& key, const SurveyRequest& request,
                         std::function<void(std::exception_ptr, SurveyResult)> done, const PaddingPolicy& policy) {
  auto prepared = prepare(store, editions, key, request, policy);
  if (!prepared.stored) return done(nullptr, std::move(prepared.refusal));
  store.submit_response_async(std::move(*prepared.stored),
                              [done = std::move(done)](std::exception_ptr error, SubmitOutcome outcome) {
                                SurveyResult result;
                                result.outcome = outcome;
                                done(error, std::move(result));
                              });
}

}  // namespace nok
