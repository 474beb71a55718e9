#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "app/methodology/edition_catalog.h"
#include "core/result.h"
#include "domain/cycle/workflow.h"
#include "domain/staff/access.h"
#include "store/cycle_store.h"
#include "store/staff_store.h"
#include "store/store.h"

// What staff do to a cycle: the authority opens a year's assessment, engages
// the operator and lists organisations; then steps of the state machine, each checked
// against the role (cycle::may) and the cycle's scope (staff::can), with optimistic
// locking on the cycle's version. Errors carry a machine code and a Russian message.
namespace nok {

struct CycleForm {
  std::string year;
  std::string spheres;  // sphere codes, comma-separated; empty: all
  std::string operator_name;
  std::string methodology;  // empty: the default
};

// Opens a cycle with a shipped or added methodology edition of `editions`.
// Errors: not_allowed, bad_year, bad_sphere, unknown_operator, unknown_methodology, cycle_exists.
Result<std::int64_t> create_cycle(CycleStore& cycles, StaffStore& staff, EditionCatalog& editions,
                                  const staff::StaffUser& actor, const CycleForm& form);

// Errors: not_allowed, wrong_state, unknown_operator, stale_version.
Result<Ok> engage_operator(CycleStore& cycles, StaffStore& staff, const staff::StaffUser& actor,
                           const CycleRecord& cycle, std::string_view operator_name, std::int64_t expected_version);

// Replaces the cycle's organisations with the lines of `text`: "код" or "код;выборка"
// (also a comma or a tab). All or nothing; every bad line is reported with its number:
// unknown_org, other_authority, other_sphere, duplicate_org, bad_target, no_organisations.
// Without a target, the sample rule's target (of the cycle's `edition`) from the yearly
// recipients (or 0: unknown). Returns how many organisations the cycle lists.
Result<std::size_t> list_organisations(CycleStore& cycles, RegistryStore& store, const staff::StaffUser& actor,
                                       const CycleRecord& cycle, const methodology::Methodology& edition,
                                       std::string_view text, std::int64_t expected_version);

// Adds the organisations `codes` (chosen in a search) to the cycle's list, each with the
// sample rule's target, keeping those listed already with theirs; codes listed already are
// skipped. The same checks as list_organisations, all or nothing (lines are 0), and
// none_chosen for an empty `codes`. Returns how many organisations the cycle lists.
Result<std::size_t> add_organisations(CycleStore& cycles, RegistryStore& store, const staff::StaffUser& actor,
                                      const CycleRecord& cycle, const methodology::Methodology& edition,
                                      const std::vector<std::string>& codes, std::int64_t expected_version);

struct StepRequest {
  cycle::Event event{};
  std::int64_t expected_version = 0;
  std::string comment;  // required to return for rework and to correct
  std::string digest;   // the materials the council member saw (approve / return)
};

// Moves the cycle on; the council's materials are computed by the cycle's `edition`.
// Errors: not_allowed, wrong_state, no_operator, no_organisations, comment_required,
// comment_too_long, materials_changed, stale_version.
Result<Ok> take_step(CycleStore& cycles, Store& store, const staff::StaffUser& actor, const CycleRecord& cycle,
                     const methodology::Methodology& edition, const StepRequest& request);

// The operator's deficiencies (while collecting) or the council's proposals (at the
// council) for one organisation of the cycle. Errors: not_allowed, wrong_state,
// not_in_cycle, text_too_long, stale_version.
Result<Ok> save_result_text(CycleStore& cycles, RegistryStore& store, const staff::StaffUser& actor, const CycleRecord& cycle,
                            std::string_view organisation_code, ResultText which, std::string_view text,
                            std::int64_t expected_version);

}  // namespace nok
