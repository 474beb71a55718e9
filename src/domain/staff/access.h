#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "domain/staff/role.h"

// Who may do what, decided per object on the server for every request. One `can` per
// object type; each takes what the object's scope is made of, never trusting an id from
// the request. A page answers 404 when `can` is false, so ids of other scopes cannot be
// probed. The table of rules is in docs/security.md.
namespace nok::staff {

// A signed-in staff member as the checks see it.
struct StaffUser {
  std::int64_t id = 0;
  std::string login;
  Role role = Role::monitor;
  std::int64_t organisation_id = 0;  // org_staff
  std::int64_t operator_id = 0;      // survey_operator
  std::int64_t authority_id = 0;     // council, official
};

enum class Action { view, edit };

// An organisation: its own id, the authority that lists it, and the operators of the
// cycles it is in (an operator sees only the organisations of its contracts).
struct OrganisationScope {
  std::int64_t organisation_id = 0;
  std::int64_t authority_id = 0;
  std::vector<std::int64_t> operator_ids;
};

// A registered QR placement (poster, label, screen, website block) of an organisation.
struct PlacementScope {
  OrganisationScope organisation;
};

// One year's assessment of an authority and the operator it engaged.
struct CycleScope {
  std::int64_t authority_id = 0;
  std::int64_t operator_id = 0;
};

// Collecting a cycle's sample: entering questionnaires and interviews, uploading batches,
// recording the expert inspection — for one organisation of the cycle.
struct SampleCollection {
  CycleScope cycle;
};

// A cycle's counted responses and inspections as files (the exchange formats), for checking
// its results: its authority's officials and its operator — not the council, whose
// members are not the data's controllers — the monitor and the administrator.
struct ResponseExport {
  CycleScope cycle;
};

// Reports over all the organisations of an authority (what is placed, confirmed, missing).
struct AuthorityScope {
  std::int64_t authority_id = 0;
};

// Citizens' appeals to an organisation: private correspondence, so only the organisation
// (and the monitor and administrator) see them — not its authority or operators.
struct AppealScope {
  OrganisationScope organisation;
};

// Reviews of an organisation and its public answers; the plan to remove its deficiencies
// while it is drafted and reported on.
struct ReviewScope {
  OrganisationScope organisation;
};
struct PlanScope {
  OrganisationScope organisation;
};

// The decision on a submitted plan (approve or return), taken by the organisation's authority.
struct PlanDecision {
  std::int64_t authority_id = 0;
};

// What the padding checks and the review screening held back, of an authority's
// organisations (0: of all).
struct ModerationQueue {
  std::int64_t authority_id = 0;
};

// What an authority writes each year for its report (how it used the results, how it
// popularised the assessment): its officials write; whoever reads its reports reads.
struct AuthorityNotes {
  std::int64_t authority_id = 0;
};

// An authority's yearly plan of popularisation measures (медиаплан): its officials keep it;
// its council, the monitor and administrators read it.
struct PopularisationPlan {
  std::int64_t authority_id = 0;
};

// Where QR codes lead (nok's page or the card on bus.gov.ru): an organisation's choice is
// its authority's officials' (authority_id), a region's (authority_id 0) the administrator's.
struct QrDestinationChoice {
  std::int64_t authority_id = 0;
};

// Staff accounts, the audit log and the outbox of mail and SMS: the platform's own
// administration.
struct StaffDirectory {};
struct AuditTrail {};
struct OutgoingMessages {};

bool can(const StaffUser& user, Action action, const OrganisationScope& organisation);
bool can(const StaffUser& user, Action action, const PlacementScope& placement);
bool can(const StaffUser& user, Action action, const CycleScope& cycle);
bool can(const StaffUser& user, Action action, const SampleCollection& collection);
bool can(const StaffUser& user, Action action, const ResponseExport& export_);
bool can(const StaffUser& user, Action action, const AuthorityScope& authority);
bool can(const StaffUser& user, Action action, const AuthorityNotes& notes);
bool can(const StaffUser& user, Action action, const ModerationQueue& queue);
bool can(const StaffUser& user, Action action, const PopularisationPlan& plan);
bool can(const StaffUser& user, Action action, const AppealScope& appeal);
bool can(const StaffUser& user, Action action, const ReviewScope& review);
bool can(const StaffUser& user, Action action, const PlanScope& plan);
bool can(const StaffUser& user, Action action, const PlanDecision& decision);
bool can(const StaffUser& user, Action action, const QrDestinationChoice& choice);
bool can(const StaffUser& user, Action action, const StaffDirectory& directory);
bool can(const StaffUser& user, Action action, const AuditTrail& audit);
bool can(const StaffUser& user, Action action, const OutgoingMessages& outbox);

}  // namespace nok::staff
