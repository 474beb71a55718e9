#include "domain/methodology/methodology.h"
#include "app/operator/enter_response.h"

#include "app/idempotency/idempotency_key.h"
#include "app/staff/audit.h"
#include "app/survey/submit_survey.h"
#include "core/time.h"

namespace nok {

EntryResult enter_response(Store& store, const Collector& collector, const EntryRequest& request) {
  EntryResult result;
  auto fail = [&](Error error) {
    result.errors.push_back(std::move(error));
    return result;
  };
  if (auto error = idempotency_key_error(request.idempotency_key)) return fail(std::move(*error));
  const auto cycle = collector.cycle_of.find(request.org_code);
  auto org = cycle == collector.cycle_of.end() ? std::nullopt : store.find_organisation(request.org_code);
  if (!org)
    return fail(refusal(ErrorKind::not_found, "entry_not_in_contract",
                        "Организация " + quoted(request.org_code) + " не входит в ваши договоры этого года", "org"));
  if (!collector.collecting(cycle->second))
    return fail(refusal(ErrorKind::conflict, "entry_collection_closed",
                        "Сбор мнений по этому циклу сейчас не идёт (материалы у общественного совета или результаты "
                        "опубликованы): новые анкеты не принимаются",
                        "org"));
  if (!operator_channel(request.channel))
    return fail({"entry_bad_channel", "Выберите, как собрана анкета: на бумаге, по телефону или в интервью", 0,
                      "channel"});

  const auto& questionnaire = methodology::questionnaire_for(collector.edition(org->code), org->sphere);
  auto parsed = read_submitted(questionnaire, *org, request.channel, request.answers,
                               request.collected_at.empty() ? iso_utc_now() : request.collected_at);
  if (!parsed.errors.empty()) {
    result.errors = std::move(parsed.errors);
    return result;
  }
  NewResponse stored{std::move(parsed.response), cycle->second, questionnaire.id,
                     0, collector_key(collector, request.idempotency_key)};
  stored.operator_id = collector.user.operator_id;
  stored.entered_by = collector.user.id;
  // Where and how, never what was answered: the answers are the respondent's.
  stored.audit = audit_entry(collector.user.id, "response.enter", "response", "", {},
                             {{"organisation", org->code},
                              {"cycle_id", cycle->second},
                              {"channel", survey::code(request.channel)}});
  result.outcome = store.submit_response(stored);
  if (result.outcome.duplicate_interview)
    return fail(refusal(ErrorKind::conflict, "entry_duplicate_interview",
                        "Анкета № " + stored.response.interview_id + " этой организации уже внесена — проверьте номер",
                        "interview_id"));
  return result;
}

}  // namespace nok
