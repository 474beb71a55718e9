#pragma once
#include <chrono>
#include <exception>
#include <functional>
#include <string>
#include <vector>

#include "app/methodology/edition_catalog.h"
#include "core/crypto.h"
#include "core/error.h"
#include "domain/exchange/fields.h"
#include "domain/survey/channel.h"
#include "domain/survey/response_check.h"
#include "store/store.h"

namespace nok {

// When a response is held for moderation instead of counted: mass posting from one account
// (docs/domain.md#monitoring-letter), bursts from one network, the same text from many.
struct PaddingPolicy {
  int organisations_per_citizen_hour = 10;
  int responses_per_network_window = 30;
  std::chrono::minutes network_window{10};
  int same_text_accounts = 2;
  std::size_t min_text_length = 20;  // shorter texts ("спасибо") repeat innocently
};

struct SurveyRequest {
  std::string org_code;
  std::vector<Field> answers;        // exchange keys → "1" / "0" / "" and the free fields
  survey::Channel channel = survey::Channel::web;
  std::int64_t citizen_id = 0;
  std::string idempotency_key;       // from the form; a double tap resubmits the same key
  std::string remote_address;        // empty: no network is counted against padding (a kiosk's is the organisation's)
  std::int64_t kiosk_id = 0;         // the terminal it was given at (channel kiosk), else 0
  bool assisted = false;             // a staff member helped at the terminal
};

struct SurveyResult {
  Errors errors;                     // non-empty: nothing was stored
  SubmitOutcome outcome;             // errors: not_found unknown organisation, conflict not in this
                                     // year's cycle or its collection closed, invalid bad answers
};

// Whether the cycle of `assessment` still takes questionnaires (cycle::takes_questionnaires);
// a state this build does not know is taken as open.
bool survey_open(const Assessment& assessment);
// Why a questionnaire is not taken once the cycle's materials went to the council, for the
// refusal and the pages that offer the survey.
std::string closed_collection_text(int year);

// The citizen's survey (form 3, docs/domain.md#citizen-forms): validates against the
// questionnaire of the organisation's sphere under its cycle's edition (of `editions`),
// applies the padding checks and stores it durably with one voice per citizen,
// organisation and cycle.
SurveyResult submit_survey(Store& store, EditionCatalog& editions, const SecretKey& key, const SurveyRequest& request,
                           const PaddingPolicy& policy = {});
// The same without holding the calling thread for the commit: `done` gets the result (or
// the store's error) right away when the submission is refused, else on the store's writer
// thread once the response is durable — it must hand it on, never block.
void submit_survey_async(Store& store, EditionCatalog& editions, const SecretKey& key, const SurveyRequest& request,
                         std::function<void(std::exception_ptr, SurveyResult)> done, const PaddingPolicy& policy = {});

// A submitted form as a response record of `org` by `channel` collected at `collected_at`,
// checked against its questionnaire `q` (filters included). Shared by the citizen's survey
// and the operator's entry, so both follow the same rules.
survey::ParsedResponse read_submitted(const survey::Questionnaire& q, const Organisation& org, survey::Channel channel,
                                      std::vector<Field> answers, const std::string& collected_at);

// "203.0.113.0/24": the network a padding burst comes from (IPv6: the /48).
std::string network_of(std::string_view address);

}  // namespace nok
