#pragma once
#include <functional>

#include "store/plan_store.h"
#include "store/sql/pool.h"

namespace nok::sql {

// The PlanStore in portable SQL over the main store's pool: reads in plan_reads.cpp, the
// workflow (every change guarded by plans.version) in plan_workflow.cpp.
class SqlPlanStore final : public PlanStore {
 public:
  explicit SqlPlanStore(Pool& pool) : pool_(pool) {}

  std::optional<PublishedCycle> published_cycle(std::int64_t organisation_id) override;
  std::optional<Plan> plan_for(std::int64_t organisation_id, std::int64_t cycle_id) override;
  std::optional<Plan> find_plan(std::int64_t plan_id) override;
  std::optional<std::int64_t> create_plan(std::int64_t organisation_id, std::int64_t cycle_id,
                                          AuditEntry audit) override;

  bool add_item(const PlanChange& change, const plans::ItemDraft& item) override;
  bool change_item(const PlanChange& change, std::int64_t item_id, const plans::ItemDraft& item) override;
  bool remove_item(const PlanChange& change, std::int64_t item_id) override;
  bool submit(const PlanChange& change) override;
  bool approve(const PlanChange& change, std::int64_t user_id) override;
  bool send_back(const PlanChange& change, std::int64_t user_id, const std::string& comment) override;
  bool report(const PlanChange& change, std::int64_t item_id, const plans::ProgressReport& report) override;

  std::vector<Plan> awaiting_approval(std::int64_t authority_id) override;

 private:
  // The plan matching `where` (with its `params`), with its items.
  std::optional<Plan> select_plan(std::string_view where, std::initializer_list<Param> params);
  // In one transaction: bumps the plan's version if it is still at change.version and
  // `state_condition` holds, runs `body` (false: refuse), appends the audit line.
  bool guarded(const PlanChange& change, std::string_view state_condition,
               const std::function<bool(Connection&)>& body);

  Pool& pool_;
};

}  // namespace nok::sql
