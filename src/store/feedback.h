#pragma once
// What the Store keeps of citizens' feedback besides the survey: ratings in points,
// agreeing or not with the rating, comments on measures, reviews and appeals.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/feedback/review_tone.h"
#include "domain/ratings/rating.h"

namespace nok {

// Who writes and how a repeat is recognised: every feedback write is by a signed-in
// citizen, and the same idempotency key from the same citizen returns the first outcome.
struct CitizenWrite {
  std::string org;                // the organisation's public code
  std::int64_t citizen_id = 0;
  std::string idempotency_key;    // empty: no repeat detection
};

// How many posts of one kind (reviews, appeals, comments on measures) a citizen may make:
// at most `limit` since `since`. The store decides it inside the post's own transaction,
// under the lock that serialises the citizen's writes and after the repeat lookup, so it
// is exact under a burst from any threads and processes, and a repeat of an earlier post
// under its idempotency key returns that post without using up the limit.
struct PostLimit {
  int limit = 0;       // 0: no limit
  std::string since;   // ISO 8601 UTC
};

using AspectPoints = std::array<std::optional<std::uint8_t>, ratings::kAspectCount>;

// Form 2: a rating in points of this year's cycle.
struct NewRating {
  CitizenWrite from;
  std::int64_t cycle_id = 0;
  AspectPoints points{};
};

// Form 1: agreeing or not with the rating of this year's cycle.
struct NewOpinion {
  CitizenWrite from;
  std::int64_t cycle_id = 0;
  bool agrees = false;
  std::string comment;
  std::optional<double> total_seen;  // the 344н total the citizen was shown
};

// Form 4: a comment on the measures taken, on one item of the published plan or general.
struct NewMeasureFeedback {
  CitizenWrite from;
  std::int64_t plan_item_id = 0;  // 0: a general comment
  std::string text;
  PostLimit limit;
};

struct NewReview {
  CitizenWrite from;
  std::string text;
  std::string moderation_reason;  // non-empty: held (`pending`) instead of published
  PostLimit limit;
  std::optional<feedback::ReviewTone> tone;  // the citizen's choice; none only for reviews written before it existed
};

struct NewAppeal {
  CitizenWrite from;
  std::string subject;
  std::string text;
  std::string due_at;  // 30 days after filing (59-ФЗ)
  PostLimit limit;
};

// One of the citizens' feedback writes above, as FeedbackStore::submit_feedback takes it.
using NewFeedback = std::variant<NewRating, NewOpinion, NewMeasureFeedback, NewReview, NewAppeal>;

struct StoredFeedback {
  std::int64_t id = 0;
  bool repeated = false;           // this key was seen before; nothing changed
  bool replaced_previous = false;  // the citizen's earlier rating or opinion of this cycle stopped counting
  std::string status;              // as stored: counted | pending | published | received | new
  bool over_limit = false;         // nothing stored: the citizen's PostLimit was reached (id 0)
};

// What every entry on a citizen's page says: which organisation, when, in what state.
struct EntryHead {
  std::int64_t id = 0;
  std::string org_code;
  std::string org_name;
  std::string status;
  std::string created_at;
};

struct SurveyEntry {
  EntryHead head;                  // status: counted | moderation | replaced | excluded
  std::string moderation_reason;
};

struct RatingEntry {
  EntryHead head;                  // status: counted | replaced
  AspectPoints points{};
};

struct OpinionEntry {
  EntryHead head;                  // status: counted | replaced
  bool agrees = false;
  std::string comment;
};

struct MeasureFeedbackEntry {
  EntryHead head;                  // status: received
  std::string measure;             // the plan item's measure, empty for a general comment
  std::string text;
};

// A review as its author sees it; published ones look the same to everybody.
struct Review {
  EntryHead head;                  // status: pending | published | rejected
  std::string text;
  std::string moderation_reason;
  std::string answer;              // the organisation's public answer, or empty
  std::string answered_at;
  std::optional<feedback::ReviewTone> tone;  // none: written before reviews had a tone
};

// An appeal: private to its author (and the organisation's staff).
struct Appeal {
  EntryHead head;                  // status: new | in_progress | answered | closed
  std::int64_t citizen_id = 0;
  std::string subject;
  std::string text;
  std::string due_at;
  std::string answer;
  std::string answered_at;
};

struct CitizenActivity {
  std::vector<SurveyEntry> surveys;
  std::vector<RatingEntry> ratings;
  std::vector<OpinionEntry> opinions;
  std::vector<MeasureFeedbackEntry> measure_feedback;
  std::vector<Review> reviews;
  std::vector<Appeal> appeals;
};

struct ReviewPage {
  std::vector<Review> items;       // newest first
  std::int64_t total = 0;
};

// What the organisation page shows of citizens' feedback: the ratings in points and the
// opinions of one cycle (kept apart from the 344н scores), and the latest published reviews.
struct OrganisationFeedback {
  ratings::RatingCounters ratings;
  std::int64_t agree = 0;
  std::int64_t disagree = 0;
  ReviewPage reviews;
};

// An item of a plan to remove deficiencies (ПП РФ № 457), criteria I–V.
struct PlanItem {
  std::int64_t id = 0;
  int criterion = 0;
  std::string deficiency;
  std::string measure;
  std::string planned_date;
  std::string measures_taken;
  std::string actual_date;
  std::string responsible_name;
  std::string responsible_position;
};

// A citizen's comment on the measures, as the organisation reads it: what it is about and
// the text, never who wrote it.
struct MeasureComment {
  std::int64_t id = 0;
  std::string measure;  // the plan item's measure; empty for a general comment
  std::string text;
  std::string created_at;
};

}  // namespace nok
