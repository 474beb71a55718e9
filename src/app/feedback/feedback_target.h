#pragma once
// The first steps every feedback use case shares: who writes, about which organisation,
// and whether that organisation takes this form now.
#include <optional>

#include "app/feedback/citizen_feedback.h"

namespace nok {

struct FeedbackTarget {
  std::optional<Organisation> org;
  std::optional<Assessment> assessment;  // this year's, when the organisation is in a cycle
  FeedbackResult refusal;                // errors set: the request goes no further
  bool refused() const { return !refusal.errors.empty(); }
  CitizenWrite write(const FeedbackRequest& request) const { return {org->code, request.citizen_id, request.idempotency_key}; }
};

// Refuses a request without a citizen (unauthorized), with an idempotency key over 64
// characters (malformed), about an unknown organisation (not_found), or — when
// `needs_cycle` — about an organisation outside this year's assessment (conflict: ratings
// and opinions are about it).
FeedbackTarget find_target(Store& store, const FeedbackRequest& request, bool needs_cycle);

// At most `per_day` posts of a kind from one account in the last 24 hours: mass posting
// from one account is padding (docs/domain.md#monitoring-letter). The store decides it in
// the post's own transaction (PostLimit), so it holds under a burst from any number of
// requests and processes; a repeat of an earlier post under the same idempotency key is
// not a new one. Not a LimitStore unit: whether a post repeats an earlier one is known
// only inside that transaction (two taps under one key both look new until one commits),
// so a unit taken outside it would be used up by the tap that turns out to be a repeat.
PostLimit daily_limit(int per_day);

// Stores `write` and answers `reply` with its outcome once durable (FeedbackReply). A post
// stored under daily_limit(`per_day`) is answered rate_limited too_many_posts when the limit
// was reached; `posts` names them in the genitive plural ("отзывов"). per_day 0: no limit.
void store_feedback(Store& store, NewFeedback write, FeedbackReply reply, int per_day = 0, std::string posts = {});

// Answers `reply` at once with a refusal.
void refuse(const FeedbackReply& reply, FeedbackResult refusal);

// A result that refuses with one error.
FeedbackResult refused(ErrorKind kind, std::string code, std::string message);
// A result that refuses bad fields.
FeedbackResult invalid(Errors errors);

}  // namespace nok
