#pragma once
#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/feedback.h"
#include "store/staff_store.h"

namespace nok {

// Citizens' feedback besides the survey (the records are in store/feedback.h), and the
// organisation's answers to it.
class FeedbackStore {
 public:
  virtual ~FeedbackStore() = default;

  // Stores one of citizens' feedback writes besides the survey (store/feedback.h) through the
  // group commit, without a thread waiting for it: `done` gets the outcome once it is durable,
  // or what the write threw, on the writer's thread — so it must only hand the outcome on
  // (post it to an event loop), never block. The same idempotency key from the same citizen
  // returns the first outcome (`repeated`) and changes nothing. The organisation must exist:
  // callers look it up first (find_organisation) and organisations are never deleted, so an
  // unknown code is a caller's bug and `done` gets sql::DatabaseError instead of a result.
  // Ratings and opinions keep one voice per citizen, organisation and cycle: a new one
  // replaces the earlier, which stays as history. Reviews, appeals and comments on measures
  // honour their PostLimit (`over_limit`, nothing stored).
  using FeedbackDone = std::function<void(std::exception_ptr, StoredFeedback)>;
  virtual void submit_feedback(NewFeedback feedback, FeedbackDone done) = 0;

  // The organisation page's view of citizens' feedback: ratings and opinions of the cycle
  // (none when cycle_id is 0) and the `latest_reviews` newest published reviews. Cached for
  // about a second like assessment_card; this process's own writes show at once.
  virtual OrganisationFeedback organisation_feedback(std::string_view organisation_code, std::int64_t cycle_id,
                                                     int latest_reviews) = 0;
  virtual ReviewPage published_reviews(std::string_view organisation_code, int limit, int offset) = 0;
  // The items of the organisation's latest published plan; empty when it has none.
  virtual std::vector<PlanItem> published_plan(std::string_view organisation_code) = 0;
  // Everything one citizen gave, newest first, at most `limit` of each kind.
  virtual CitizenActivity citizen_activity(std::int64_t citizen_id, int limit) = 0;
  virtual std::optional<Appeal> find_appeal(std::int64_t appeal_id) = 0;

  virtual std::optional<Review> find_review(std::int64_t review_id) = 0;

  // The organisation's side (staff): its appeals, the earliest due first; its reviews in every
  // state, newest first; citizens' comments on its measures, newest first.
  virtual std::vector<Appeal> organisation_appeals(std::string_view organisation_code) = 0;
  virtual std::vector<Review> organisation_reviews(std::string_view organisation_code, int limit) = 0;
  virtual std::vector<MeasureComment> measure_comments(std::string_view organisation_code, int limit) = 0;

  // The organisation's answers (staff), each appending `audit` in its transaction.
  // answer_review is false unless the review is a published review of this organisation;
  // answer_appeal is false when the appeal is unknown or already answered (a double
  // submit answers once). Nothing is written when false.
  virtual bool answer_review(std::string_view organisation_code, std::int64_t review_id, const std::string& answer,
                             std::int64_t user_id, const AuditEntry& audit) = 0;
  virtual bool answer_appeal(std::int64_t appeal_id, const std::string& answer, std::int64_t user_id,
                             const AuditEntry& audit) = 0;
  virtual void mark_appeal_notified(std::int64_t appeal_id) = 0;
  // The citizen's contact sealed with the server key (citizens.contact_enc), empty when none.
  virtual std::string citizen_contact(std::int64_t citizen_id) = 0;
};

}  // namespace nok
