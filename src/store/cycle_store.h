#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/cycle/results.h"
#include "domain/cycle/workflow.h"
#include "store/staff_store.h"

namespace nok {

// One year's assessment of an authority as staff pages show it.
struct CycleRecord {
  std::int64_t id = 0;
  int year = 0;
  std::int64_t authority_id = 0;
  std::string authority;
  std::int64_t operator_id = 0;  // 0 until the authority engages one
  std::string operator_name;
  cycle::State state = cycle::State::draft;
  std::string methodology;
  std::string spheres;  // sphere codes, comma-separated; empty: all
  int edition = 1;      // of the results; a correction after publication starts the next
  std::int64_t version = 0;  // optimistic locking of every change to the cycle
  std::string submitted_at, approved_at, published_at;  // of the current edition
  std::int64_t organisations = 0;
  std::int64_t plans_approved = 0;  // organisations whose plan is published
};

struct NewCycle {
  int year = 0;
  std::int64_t authority_id = 0;
  std::int64_t operator_id = 0;
  std::string methodology;
  std::string spheres;
};

// An organisation listed in a cycle, with its sample target and the responses counted.
struct CycleMember {
  std::string code;
  std::string short_name;
  std::int64_t sample_target = 0;
  std::int64_t respondents = 0;
};

// A step to take: the cycle moves from `from` to `to` only if nobody changed it since
// it was read at `expected_version`.
struct CycleMove {
  std::int64_t cycle_id = 0;
  std::int64_t expected_version = 0;
  cycle::Event event{};
  cycle::State from{}, to{};
  std::int64_t user_id = 0;
  std::string comment;
  // submit_to_council: the materials of the current edition, replacing any earlier draft.
  std::vector<cycle::OrganisationResult> materials;
  // approve / return_for_rework: the digest of the materials the member decided on.
  std::string decided_digest;
};

struct CycleStep {
  std::string at;
  int edition = 1;
  cycle::Event event{};
  cycle::State from{}, to{};
  std::string user_login;
  std::string comment;
};

struct CouncilDecisionRecord {
  int edition = 1;
  std::string decision;  // approved | returned
  std::string comments;
  std::string digest;
  std::string user_login;
  std::string at;
};

// A published edition of an organisation's results, with the cycle it belongs to.
struct PublishedResult {
  int year = 0;
  std::string authority;
  std::string region_code;
  std::string sphere;
  std::string inn;
  int edition = 1;
  bool current = true;  // false: superseded by a later published edition
  std::string published_at;
  cycle::OrganisationResult result;
};

// A year of the open data: how many organisations' results it publishes.
struct PublishedYear {
  int year = 0;
  std::int64_t organisations = 0;
  std::vector<std::string> methodologies;  // the edition ids of its published results, sorted
};

// The mean published total of a year's organisations in one group, and how many it averages.
struct GroupMean {
  double mean = 0;
  std::int64_t organisations = 0;
};

// A year's group means of the current published totals (results without a total are left
// out), by region code and by sphere code.
struct YearMeans {
  std::map<std::string, GroupMean, std::less<>> by_region;
  std::map<std::string, GroupMean, std::less<>> by_sphere;
};

enum class MoveOutcome { moved, stale, materials_changed };

// The texts of a result people write: the operator's deficiencies, the council's proposals.
enum class ResultText { deficiencies, proposals };

// Cycles, their organisations, steps, council decisions and results. Implemented in SQL
// over the main store's pool (store/sql/sql_cycle_store.h). Every change appends its
// audit line in the same transaction.
class CycleStore {
 public:
  virtual ~CycleStore() = default;

  // Cycles of an authority (0: every authority) where `operator_id` collects (0: any).
  virtual std::vector<CycleRecord> cycles(std::int64_t authority_id, std::int64_t operator_id) = 0;
  virtual std::optional<CycleRecord> find_cycle(std::int64_t cycle_id) = 0;
  // nullopt when the authority already has a cycle for the year.
  virtual std::optional<std::int64_t> create_cycle(const NewCycle& cycle, AuditEntry audit) = 0;
  // Engages an operator (0: none); false when the cycle changed since `expected_version`.
  virtual bool set_operator(std::int64_t cycle_id, std::int64_t expected_version, std::int64_t operator_id,
                            AuditEntry audit) = 0;

  virtual std::vector<CycleMember> members(std::int64_t cycle_id) = 0;
  // Replaces the list of organisations and their sample targets; codes must exist
  // (checked by the caller). False when the cycle changed since `expected_version`.
  virtual bool set_members(std::int64_t cycle_id, std::int64_t expected_version,
                           const std::vector<std::pair<std::string, std::int64_t>>& codes_and_targets,
                           AuditEntry audit) = 0;

  // Takes a step with everything it writes: the new state, the materials (submit), the
  // council's decision (approve / return, refused as materials_changed when the current
  // materials' digest differs from decided_digest), the publication of the edition
  // (publish), the next edition (correct).
  virtual MoveOutcome move(const CycleMove& move, AuditEntry audit) = 0;

  virtual std::vector<cycle::OrganisationResult> results(std::int64_t cycle_id, int edition) = 0;
  // The operator's deficiencies (collecting) or the council's proposals (council) of one
  // organisation in the current edition; false when the cycle changed since `expected_version`.
  virtual bool save_result_text(std::int64_t cycle_id, std::int64_t expected_version,
                                std::string_view organisation_code, ResultText which, std::string_view text,
                                AuditEntry audit) = 0;

  virtual std::vector<CycleStep> steps(std::int64_t cycle_id) = 0;
  virtual std::vector<CouncilDecisionRecord> decisions(std::int64_t cycle_id) = 0;

  // Every published edition of an organisation's results, newest first.
  virtual std::vector<PublishedResult> published_results(std::string_view organisation_code) = 0;
  // The current published edition of every organisation assessed in `year` (region "" :
  // all), in region and code order, one at a time (open data of a whole country).
  virtual void each_published_result(int year, std::string_view region,
                                     const std::function<void(const PublishedResult&)>& visit) = 0;
  // The means of `year`'s published totals by region and sphere, for comparisons on the
  // organisation page. Kept until an authority publishes (then every process drops it).
  virtual YearMeans published_means(int year) = 0;
  // Every year with published results, newest first, each with the number of rows
  // each_published_result gives for it (every region).
  virtual std::vector<PublishedYear> published_years() = 0;

  // Records that the reminder went out; false when it had been sent before.
  virtual bool mark_reminder_sent(std::int64_t cycle_id, std::string_view kind, std::string_view due,
                                  std::int64_t user_id) = 0;
};

}  // namespace nok
