#pragma once
// Citizens' feedback besides the survey (docs/domain.md#citizen-forms): the rating in points (form 2),
// agreeing or not with the rating (form 1), comments on the measures taken (form 4), reviews
// and appeals. Each use case validates in the domain and stores through the Store port;
// the web pages and the JSON API call the same functions.
#include <exception>
#include <functional>
#include <string>
#include <vector>

#include "domain/methodology/methodology.h"
#include "app/feedback/review_policy.h"
#include "core/error.h"
#include "domain/exchange/fields.h"
#include "store/store.h"

namespace nok {

struct FeedbackRequest {
  std::string org_code;
  std::int64_t citizen_id = 0;     // the signed-in citizen
  std::vector<Field> fields;       // the form's fields as typed (they point into the caller's strings)
  std::string idempotency_key;     // from the form; a double tap resubmits the same key
  // The edition of the organisation's cycle, whose total an opinion is about; nullptr: the default.
  const methodology::Methodology* edition = nullptr;
};

struct FeedbackResult {
  Errors errors;                   // non-empty: nothing was stored
                                   // (their kind: malformed key, unauthorized no citizen, not_found
                                   // unknown organisation, conflict not in this year's cycle,
                                   // invalid bad fields, rate_limited the account's posts of the day)
  StoredFeedback outcome;
};

// How a use case answers, once: with what it refused (before it returns), or with what it
// stored once that is durable, or with what the store threw — the last two on the store's
// writer thread, so `reply` must only hand the result on, never block. No thread waits for
// the commit meanwhile.
using FeedbackReply = std::function<void(std::exception_ptr, FeedbackResult)>;

// Fields: the aspect codes (comfort, politeness, information, booking, accessibility) → 1…5;
// at least one. Needs the organisation in this year's cycle.
void rate_organisation(Store& store, const FeedbackRequest& request, FeedbackReply reply);
// Fields: agrees (1 or 0), comment. Needs this year's cycle; records the total shown.
void give_opinion(Store& store, const FeedbackRequest& request, FeedbackReply reply);
// Fields: plan_item (an item of the published plan, or empty for a general comment), text.
// At most 10 a day from one account.
void comment_on_measures(Store& store, const FeedbackRequest& request, FeedbackReply reply);
// Fields: text, tone (positive, negative or neutral). Published at once unless the
// screening holds it (status `pending`). At most 5 a day from one account.
void post_review(Store& store, const FeedbackRequest& request, FeedbackReply reply,
                 const ReviewPolicy& policy = default_review_policy());
// Fields: subject, text. Due in 30 days (59-ФЗ); any organisation of the registry. At most
// 5 a day from one account.
void file_appeal(Store& store, const FeedbackRequest& request, FeedbackReply reply);

}  // namespace nok
