#pragma once
#include <string>
#include <vector>

#include "app/operator/collection.h"
#include "core/error.h"
#include "domain/exchange/fields.h"
#include "store/store.h"

namespace nok {

// One questionnaire typed in by the operator (a paper form, a phone call, a field interview).
struct EntryRequest {
  std::string org_code;
  survey::Channel channel = survey::Channel::operator_paper;
  std::vector<Field> answers;   // exchange keys → "1" / "0" / "", suggestions, sex, age, interview_id
  std::string idempotency_key;  // from the form or the device: a resubmission stores once
  std::string collected_at;     // when it was collected (the device's clock offline); empty: now
};

struct EntryResult {
  Errors errors;  // non-empty: nothing was stored
  SubmitOutcome outcome;
  int status = 200;  // 404 not the collector's organisation, 409 a duplicate interview, 422 bad answers
};

// Checks the questionnaire with the same rules as the citizen's survey (filters included)
// and stores it as a counted response of its channel, recording the operator and the user,
// with a response.enter audit line (organisation, cycle, channel; no answers) in the same
// transaction. A repeat under the same key stores nothing and writes no line.
EntryResult enter_response(Store& store, const Collector& collector, const EntryRequest& request);

}  // namespace nok
