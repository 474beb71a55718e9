#pragma once
// The plan to remove deficiencies (ПП РФ № 457) as staff work on it: the organisation
// drafts, submits and reports progress; an official of its authority approves or returns
// it. Access (`can`) is checked by the caller; these check the input, the plan's state and
// its version, and audit every change in the transaction that makes it.
#include <string>

#include "core/error.h"
#include "domain/staff/access.h"
#include "store/plan_store.h"

namespace nok {

// Empty errors: done. Otherwise nothing changed and the first error's kind says why:
// invalid input (errors name the fields), not_found no such item, conflict a stale form or
// a state that does not allow the change (a Russian message in errors[0]).
struct PlanResult {
  Errors errors;
  bool ok() const { return errors.empty(); }
};

// What a form posts with every change: the version of the plan it was rendered from.
struct PlanForm {
  const Plan& plan;  // as read just now
  std::int64_t version = 0;
};

// A new draft for the organisation's published cycle (409 when there is one already).
PlanResult start_plan(PlanStore& store, const staff::StaffUser& actor, std::int64_t organisation_id,
                      const PublishedCycle& cycle);

PlanResult add_plan_item(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form,
                         const plans::ItemDraft& item);
PlanResult change_plan_item(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form,
                            std::int64_t item_id, const plans::ItemDraft& item);
PlanResult remove_plan_item(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form,
                            std::int64_t item_id);
PlanResult submit_plan(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form);

PlanResult approve_plan(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form);
PlanResult return_plan(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form,
                       const std::string& comment);

PlanResult report_progress(PlanStore& store, const staff::StaffUser& actor, const PlanForm& form,
                           std::int64_t item_id, const plans::ProgressReport& report);

}  // namespace nok
