#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/plans/plan.h"
#include "store/staff_store.h"

namespace nok {

// A cycle whose results are published for an organisation: the one its plan answers.
struct PublishedCycle {
  std::int64_t cycle_id = 0;
  int year = 0;
};

// One row of a plan with the responsible person and its progress report.
struct StoredPlanItem {
  std::int64_t id = 0;
  plans::ItemDraft draft;
  plans::ProgressReport report;  // empty until reported
  std::string reported_at;
};

// A plan to remove deficiencies of one organisation for one cycle (ПП РФ № 457).
struct Plan {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::string organisation_code;
  std::string organisation_name;
  std::int64_t authority_id = 0;
  std::int64_t cycle_id = 0;
  int year = 0;
  plans::State state = plans::State::draft;
  std::int64_t version = 0;  // optimistic locking: every change needs the version it was read at
  std::string return_comment;
  std::string submitted_at;
  std::string published_at;
  std::vector<StoredPlanItem> items;  // by criterion, then in the order added
};

// What a plan change is checked against: the version the form was read at. Every method
// that changes a plan does it only if the plan is still at `version` (and in a state that
// allows the change), bumps the version and appends `audit` in the same transaction;
// false means nothing was written (a newer version, or a state that does not allow it).
struct PlanChange {
  std::int64_t plan_id = 0;
  std::int64_t version = 0;
  AuditEntry audit;
};

// Plans, their items and progress reports. Implemented in SQL over the main store's pool
// (store/sql/sql_plan_store.h).
class PlanStore {
 public:
  virtual ~PlanStore() = default;

  // The latest cycle of the organisation in state `published`, if any.
  virtual std::optional<PublishedCycle> published_cycle(std::int64_t organisation_id) = 0;
  // The organisation's plan for a cycle, with its items.
  virtual std::optional<Plan> plan_for(std::int64_t organisation_id, std::int64_t cycle_id) = 0;
  virtual std::optional<Plan> find_plan(std::int64_t plan_id) = 0;
  // A new draft; nullopt when the organisation already has a plan for the cycle.
  virtual std::optional<std::int64_t> create_plan(std::int64_t organisation_id, std::int64_t cycle_id,
                                                  AuditEntry audit) = 0;

  // Items of an editable (draft or returned) plan.
  virtual bool add_item(const PlanChange& change, const plans::ItemDraft& item) = 0;
  virtual bool change_item(const PlanChange& change, std::int64_t item_id, const plans::ItemDraft& item) = 0;
  virtual bool remove_item(const PlanChange& change, std::int64_t item_id) = 0;
  // draft/returned → submitted (a plan with at least one item).
  virtual bool submit(const PlanChange& change) = 0;
  // submitted → approved, published now; or submitted → returned with the comment.
  virtual bool approve(const PlanChange& change, std::int64_t user_id) = 0;
  virtual bool send_back(const PlanChange& change, std::int64_t user_id, const std::string& comment) = 0;
  // The progress report of an item of an approved plan, public at once.
  virtual bool report(const PlanChange& change, std::int64_t item_id, const plans::ProgressReport& report) = 0;

  // Submitted plans of the authority's organisations (0: of every authority), oldest
  // submitted first, without their items.
  virtual std::vector<Plan> awaiting_approval(std::int64_t authority_id) = 0;
};

}  // namespace nok
