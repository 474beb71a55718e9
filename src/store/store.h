#pragma once
#include <cstdint>
#include <exception>
#include <memory>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/methodology/expert.h"
#include "domain/registry/organisation.h"
#include "domain/survey/counters.h"
#include "domain/survey/response.h"
#include "store/feedback.h"
#include "store/limit_store.h"
#include "store/staff_store.h"
#include "store/sql/connection.h"

namespace nok {

struct OrganisationQuery {
  std::string text;         // part of a name or an ИНН; empty matches all
  std::string region_code;  // empty matches all
  std::optional<Sphere> sphere;
  int limit = 20;
  int offset = 0;
};

struct OrganisationPage {
  std::vector<Organisation> items;
  std::int64_t total = 0;
};

// An organisation's place in a year's assessment (cycle_organisations ⋈ cycles).
struct Assessment {
  std::int64_t cycle_id = 0;
  int year = 0;
  std::string state;  // draft | collecting | council | approved | published
  std::string authority;
  std::int64_t sample_target = 0;
};

// What the organisation page shows of this year's assessment: the cycle, the live survey
// tallies and the operator's expert inputs, from which the 344н scores are computed.
struct AssessmentCard {
  Assessment assessment;
  survey::SurveyCounters tally;
  methodology::ExpertInputs expert;
};

// The operator's inspection of one organisation in one cycle.
struct ExpertRecord {
  std::string organisation_code;
  std::int64_t cycle_id = 0;
  methodology::ExpertInputs inputs;
  std::int64_t version = 0;     // as stored (0: nothing recorded yet); a form saves over this one
  std::int64_t entered_by = 0;  // the staff user who recorded it, 0 for files and demo data
};

// A one-time sign-in code, stored as a keyed hash only.
struct LoginCode {
  std::int64_t id = 0;
  std::string code_hash;
  int attempts = 0;
};

// A signed-in browser or app: a citizen or a staff user. Only the token's hash is stored.
struct Session {
  std::string token_hash;
  std::int64_t citizen_id = 0;
  std::int64_t user_id = 0;
  std::string csrf;
  std::string expires_at;
};

// Recent activity that betrays padding (docs/security.md): counts since the times of the
// PaddingCheck below, each stopping at its cap (a check needs only whether its threshold is
// reached, and a capped count stays cheap however busy the network or account is).
struct PaddingSignals {
  int by_citizen = 0;              // responses by this account to other organisations
  int by_network = 0;              // responses from this network
  int same_text_elsewhere = 0;     // responses by other accounts with the same suggestions
};

// What the padding checks count and how they decide (app/survey): the store counts the
// signals inside the submission's own transaction — on the writer's connection, seeing
// every earlier submission of the same batch too — and holds the response for moderation
// when `decide` names a reason.
struct PaddingCheck {
  std::string citizen_since;  // responses of the account to other organisations since then
  std::string network_since;  // responses from the network since then
  int cap = 0;                // counting stops here (the thresholds are lower)
  std::function<std::string(const PaddingSignals&)> decide;
};

// A validated survey response ready to store (app/survey builds it).
struct NewResponse {
  survey::Response response;       // org code, channel, answers, suggestions, sex, age
  std::int64_t cycle_id = 0;
  std::string questionnaire;       // id of the questionnaire version it was collected with
  std::int64_t citizen_id = 0;     // 0 when an operator collected it
  std::string idempotency_key;     // the same key from the same sender returns the first outcome
  std::int64_t operator_id = 0;    // the operator that collected it (operators' channels), else 0
  std::int64_t entered_by = 0;     // the staff user who typed it in or uploaded it, else 0
  std::string network_hash;        // keyed hash of the sender's network (padding checks)
  std::string text_hash;           // keyed hash of the normalised suggestions, or empty
  std::string moderation_reason;   // non-empty: held for moderation and not counted
  std::optional<PaddingCheck> padding;  // a citizen's submission: may set moderation_reason
  // A staff entry's audit line (an operator's questionnaire), appended in the transaction
  // that stores the response, with the new response's id as its object_id; not appended
  // when nothing is stored (a repeat, a duplicate interview).
  std::optional<AuditEntry> audit;
};

struct SubmitOutcome {
  std::int64_t response_id = 0;
  bool repeated = false;           // this idempotency key was seen before; nothing changed
  bool replaced_previous = false;  // the citizen's earlier response for this cycle stopped counting
  bool counted = false;            // false while held for moderation
  // Nothing stored: the organisation already has a response of this cycle with the same
  // interview_id (the same paper questionnaire or interview entered twice).
  bool duplicate_interview = false;
};

// An organisation's own profile field (address, website) that its staff edited in the
// cabinet since the registry last set it, where an imported registry row says otherwise.
struct ProfileConflict {
  std::string code;            // the organisation's public code
  std::string field;           // address | website
  std::string registry_value;  // what the imported row says
  std::string staff_value;     // what staff saved: kept, unless the import overwrites it
  std::string edited_at;       // when staff saved it (ISO 8601 UTC)
};

// What a registry import did.
struct UpsertSummary {
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::vector<ProfileConflict> conflicts;  // staff edits that differ from the registry, in row order
};

// What a registry import does with a staff edit that differs from the registry's value.
enum class StaffEdits {
  keep,       // the staff's value stays (and stays theirs)
  overwrite,  // the registry's value replaces it and is the registry's again
};

// The storage port. Implemented once in SQL over either engine (store/sql); every
// method is safe to call from any server thread. Database failures (unreachable
// server, corrupt file) throw sql::DatabaseError.
// The port also answers for the limits (LimitStore), which the sign-in and feedback use
// cases check in the same database as what they limit.
class Store : public LimitStore {
 public:
  virtual ~Store() = default;
  virtual sql::Engine engine() const = 0;

  // Applies the migrations not applied yet, in order; returns their names.
  virtual std::vector<std::string> migrate() = 0;
  virtual int schema_version() = 0;

  virtual void upsert_regions(const std::vector<Region>& regions) = 0;
  virtual std::vector<Region> regions() = 0;

  // Inserts new organisations and updates existing ones (matched by code) in one
  // transaction: either all rows are stored or none. The registry's fields are always
  // taken from `organisations`. So are the organisation's own (address, website), except
  // where its staff edited one since the registry last set it and the row differs: that
  // edit is kept or overwritten as `staff_edits` says, and listed in `conflicts` either way.
  virtual UpsertSummary upsert_organisations(const std::vector<Organisation>& organisations,
                                             StaffEdits staff_edits) = 0;
  // The same, keeping staff edits (demo data and tests, which have none to overwrite).
  UpsertSummary upsert_organisations(const std::vector<Organisation>& organisations) {
    return upsert_organisations(organisations, StaffEdits::keep);
  }
  virtual std::optional<Organisation> find_organisation(std::string_view code) = 0;
  virtual OrganisationPage search_organisations(const OrganisationQuery& query) = 0;
  virtual std::int64_t count_organisations() = 0;

  // Assessment cycles: an authority's list of organisations for a year.
  // open_cycle is idempotent per (authority, year) and returns the cycle's id.
  virtual std::int64_t open_cycle(const std::string& authority, int year, const std::string& methodology) = 0;
  // Adds organisations (by code) to a cycle with their sample targets; all or nothing.
  virtual void include_in_cycle(std::int64_t cycle_id,
                                const std::vector<std::pair<std::string, std::int64_t>>& codes_and_targets) = 0;
  virtual std::optional<Assessment> assessment_of(std::string_view organisation_code, int year) = 0;
  // The organisation page's view of the year (cached for about a second: it is read on
  // every scan of a QR code; this process's own submissions show at once).
  virtual std::optional<AssessmentCard> assessment_card(std::string_view organisation_code, int year) = 0;

  // Survey responses. One voice per citizen, organisation and cycle: a counted response
  // replaces the citizen's earlier one (kept as history, no longer counted). The live
  // tallies change in the same transaction, so an acknowledged response is durable and
  // already counted. Throws sql::DatabaseError when the organisation is unknown.
  virtual SubmitOutcome submit_response(const NewResponse& response) = 0;
  // The same without holding the calling thread: `done` gets the outcome (or the error)
  // once the response is durable, on the store's writer thread — it must hand them on
  // (post them to an event loop), never block.
  using SubmitDone = std::function<void(std::exception_ptr, SubmitOutcome)>;
  virtual void submit_response_async(NewResponse response, SubmitDone done) = 0;
  // Many responses in one transaction (operator uploads, demo data): all or none — when
  // any is a duplicate_interview, none is stored (the outcomes say which). `audit`, the
  // one line of a staff upload (none for demo data), is appended in the same transaction.
  virtual std::vector<SubmitOutcome> submit_responses(const std::vector<NewResponse>& batch,
                                                      const std::optional<AuditEntry>& audit) = 0;
  // The live tallies of an organisation in a cycle (zero when nobody answered yet).
  virtual survey::SurveyCounters survey_tally(std::string_view organisation_code, std::int64_t cycle_id) = 0;
  virtual methodology::ExpertInputs expert_inputs(std::string_view organisation_code, std::int64_t cycle_id) = 0;
  // Records operators' inspections (each replacing an earlier one for the same
  // organisation and cycle) with the audit lines of a staff upload (none for files read
  // by the command line and demo data) in one transaction: all or none.
  virtual void put_expert_inputs(const std::vector<ExpertRecord>& records, const std::vector<AuditEntry>& audit) = 0;
  // The stored inspection with its version; nullopt when none is recorded yet.
  virtual std::optional<ExpertRecord> expert_record(std::string_view organisation_code, std::int64_t cycle_id) = 0;
  // One inspection from the operator's form, only if the stored version is still
  // `record.version` (optimistic locking: 0 means nothing may be stored yet), with `audit`
  // in the same transaction. False, and nothing written, when someone saved first.
  virtual bool put_expert_record(const ExpertRecord& record, const AuditEntry& audit) = 0;

  // Sign-in codes and sessions (app/auth). Times are ISO 8601 UTC text.
  virtual void add_login_code(const std::string& login_hash, const std::string& code_hash,
                              const std::string& expires_at) = 0;
  // Codes live a fixed time, so "issued in the last N minutes" is "expiring after now + lifetime − N".
  virtual int count_login_codes_expiring_after(const std::string& login_hash, const std::string& time) = 0;
  // The newest code for this login that is neither used nor expired at `now`.
  virtual std::optional<LoginCode> latest_login_code(const std::string& login_hash, const std::string& now) = 0;
  virtual void count_failed_attempt(std::int64_t code_id) = 0;
  // Marks the code used; false when another request used it first (a double submit).
  virtual bool consume_login_code(std::int64_t code_id, const std::string& now) = 0;
  // Finds or creates the citizen with this login hash; refreshes the encrypted contact.
  virtual std::int64_t upsert_citizen(const std::string& login_hash, const std::string& contact_enc) = 0;
  virtual void create_session(const Session& session) = 0;
  virtual std::optional<Session> find_session(const std::string& token_hash, const std::string& now) = 0;
  virtual void delete_session(const std::string& token_hash) = 0;

  // Citizens' feedback besides the survey (store/feedback.h). Each write is durable when it
  // returns; the same idempotency key from the same citizen returns the first outcome
  // (`repeated`) and changes nothing. Throws sql::DatabaseError when the organisation is unknown.
  // Ratings and opinions keep one voice per citizen, organisation and cycle: a new one
  // replaces the earlier, which stays as history.
  virtual StoredFeedback submit_rating(const NewRating& rating) = 0;
  virtual StoredFeedback submit_opinion(const NewOpinion& opinion) = 0;
  virtual StoredFeedback submit_measure_feedback(const NewMeasureFeedback& feedback) = 0;
  virtual StoredFeedback submit_review(const NewReview& review) = 0;
  virtual StoredFeedback submit_appeal(const NewAppeal& appeal) = 0;

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
  // How many reviews (`table` "reviews") or appeals ("appeals") the citizen wrote since
  // `since`, not counting the one under `idempotency_key` (its repeat is no new post).
  virtual int citizen_posts_since(std::string_view table, std::int64_t citizen_id, const std::string& since,
                                  const std::string& idempotency_key) = 0;

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

// Opens the store named by a URL: `sqlite:PATH` (or a bare path) or `postgresql://…`.
// `connections` bounds the pool shared by the server's threads.
std::unique_ptr<Store> open_store(const std::string& url, std::size_t connections = 8);

}  // namespace nok
