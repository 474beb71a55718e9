#include "domain/staff/access.h"

#include <algorithm>

namespace nok::staff {
namespace {

// The administrator may do anything; the monitor may look at anything it is shown
// (assessment objects, not the platform's own administration).
bool everywhere(const StaffUser& user, Action action) {
  return user.role == Role::admin || (user.role == Role::monitor && action == Action::view);
}

bool of_authority(const StaffUser& user, std::int64_t authority_id) {
  return (user.role == Role::official || user.role == Role::council) && user.authority_id != 0 &&
         user.authority_id == authority_id;
}

bool operator_of(const StaffUser& user, const std::vector<std::int64_t>& operator_ids) {
  return user.role == Role::survey_operator && user.operator_id != 0 &&
         std::find(operator_ids.begin(), operator_ids.end(), user.operator_id) != operator_ids.end();
}

bool staff_of(const StaffUser& user, std::int64_t organisation_id) {
  return user.role == Role::org_staff && user.organisation_id != 0 && user.organisation_id == organisation_id;
}

}  // namespace

// The organisation edits its own profile; its authority, council and operators read it.
bool can(const StaffUser& user, Action action, const OrganisationScope& o) {
  if (everywhere(user, action) || staff_of(user, o.organisation_id)) return true;
  return action == Action::view && (of_authority(user, o.authority_id) || operator_of(user, o.operator_ids));
}

// Placements are the organisation's to register and confirm; whoever reads the
// organisation reads them.
bool can(const StaffUser& user, Action action, const PlacementScope& p) { return can(user, action, p.organisation); }

// An authority's official runs its cycles; its council and the engaged operator read them.
bool can(const StaffUser& user, Action action, const CycleScope& c) {
  if (everywhere(user, action)) return true;
  if (user.role == Role::official && of_authority(user, c.authority_id)) return true;
  return action == Action::view && (of_authority(user, c.authority_id) || operator_of(user, {c.operator_id}));
}

// Only the engaged operator collects (the opinions are its work, and no administrator may
// add voices); whoever reads the cycle reads what was collected.
bool can(const StaffUser& user, Action action, const SampleCollection& s) {
  if (action == Action::view) return can(user, action, s.cycle);
  return operator_of(user, {s.cycle.operator_id});
}

// Read only: an export changes nothing.
bool can(const StaffUser& user, Action action, const ResponseExport& e) {
  if (action != Action::view) return false;
  if (everywhere(user, action) || operator_of(user, {e.cycle.operator_id})) return true;
  return user.role == Role::official && of_authority(user, e.cycle.authority_id);
}

// Reports over an authority's organisations are read by its officials and council.
bool can(const StaffUser& user, Action action, const AuthorityScope& a) {
  return action == Action::view && (everywhere(user, action) || of_authority(user, a.authority_id));
}

// An authority's yearly texts are its officials' to write (or an administrator's); its
// council and the monitor read them with its reports.
bool can(const StaffUser& user, Action action, const AuthorityNotes& n) {
  if (action == Action::view) return can(user, action, AuthorityScope{n.authority_id});
  return everywhere(user, action) || (user.role == Role::official && of_authority(user, n.authority_id));
}

// The plan is the authority's own work: only its officials change it, so an administrator
// cannot put measures in an authority's name; whoever reads its reports reads the plan.
bool can(const StaffUser& user, Action action, const PopularisationPlan& p) {
  if (action == Action::view) return can(user, action, AuthorityScope{p.authority_id});
  return user.role == Role::official && of_authority(user, p.authority_id);
}

// An organisation's QR destination is chosen by its authority's officials (who answer for how
// their organisations are assessed); a region's by the administrator. Whoever reads the
// authority's reports sees the choice.
bool can(const StaffUser& user, Action action, const QrDestinationChoice& q) {
  if (everywhere(user, action)) return true;
  if (q.authority_id == 0) return false;
  if (action == Action::view) return can(user, action, AuthorityScope{q.authority_id});
  return user.role == Role::official && of_authority(user, q.authority_id);
}

// Held reviews and responses are cleared by the authority's officials (they answer for
// their organisations' results) or an administrator; the council and the monitor watch.
bool can(const StaffUser& user, Action action, const ModerationQueue& q) {
  if (everywhere(user, action)) return true;
  if (action == Action::edit) return user.role == Role::official && of_authority(user, q.authority_id);
  return of_authority(user, q.authority_id);
}

// Appeals are letters to the organisation: its staff read and answer them; the monitor reads.
bool can(const StaffUser& user, Action action, const AppealScope& a) {
  return everywhere(user, action) || staff_of(user, a.organisation.organisation_id);
}

// Reviews are public; answering them is the organisation's, like its profile.
bool can(const StaffUser& user, Action action, const ReviewScope& r) { return can(user, action, r.organisation); }

// The organisation drafts its plan and reports on it; whoever reads the organisation reads it.
bool can(const StaffUser& user, Action action, const PlanScope& p) { return can(user, action, p.organisation); }

// An official of the authority approves or returns a plan; its council reads the queue.
bool can(const StaffUser& user, Action action, const PlanDecision& d) {
  if (everywhere(user, action)) return true;
  if (user.role == Role::official && of_authority(user, d.authority_id)) return true;
  return action == Action::view && of_authority(user, d.authority_id);
}

bool can(const StaffUser& user, Action, const StaffDirectory&) { return user.role == Role::admin; }
bool can(const StaffUser& user, Action, const AuditTrail&) { return user.role == Role::admin; }
bool can(const StaffUser& user, Action, const OutgoingMessages&) { return user.role == Role::admin; }

}  // namespace nok::staff
