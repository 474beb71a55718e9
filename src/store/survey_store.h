#pragma once
#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/methodology/expert.h"
#include "domain/survey/counters.h"
#include "domain/survey/response.h"
#include "store/staff_store.h"

namespace nok {

// The operator's inspection of one organisation in one cycle.
struct ExpertRecord {
  std::string organisation_code;
  std::int64_t cycle_id = 0;
  methodology::ExpertInputs inputs;
  std::int64_t version = 0;     // as stored (0: nothing recorded yet); a form saves over this one
  std::int64_t entered_by = 0;  // the staff user who recorded it, 0 for files and demo data
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
  std::int64_t kiosk_id = 0;       // the organisation's terminal it was given at, else 0
  bool assisted = false;           // a staff member helped at the terminal (never who)
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

// A counted response as exported, with its id: the cursor of the next page.
struct ExportedResponse {
  std::int64_t id = 0;
  survey::Response response;
};

// Survey responses with their live tallies, and the operators' inspections.
class SurveyStore {
 public:
  virtual ~SurveyStore() = default;

  // Survey responses. One voice per citizen, organisation and cycle: a counted response
  // replaces the citizen's earlier one (kept as history, no longer counted). The live
  // tallies change in the same transaction, so an acknowledged response is durable and
  // already counted. The organisation must exist (here and in submit_response_async and
  // submit_responses): callers look it up first (find_organisation, or an operator's
  // contract) and organisations are never deleted, so an unknown code is a caller's bug and
  // throws sql::DatabaseError instead of being a result — from the call itself, before
  // anything is written or queued.
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

  // Exports. A cycle's counted responses — exactly those its tallies hold — of the
  // organisations listed in it, in id order: at most `limit` after the id `after` (0: from
  // the start). A page shorter than `limit` is the last. Anonymised: no citizen, network,
  // operator or staff member; the collector's interview number stays. Each page is one
  // short read, so a slow download holds no connection between pages.
  virtual std::vector<ExportedResponse> counted_responses(std::int64_t cycle_id, std::int64_t after,
                                                          std::size_t limit) = 0;
  // The inspections recorded in a cycle for the organisations listed in it, by code.
  virtual std::vector<ExpertRecord> cycle_expert_records(std::int64_t cycle_id) = 0;
};

}  // namespace nok
