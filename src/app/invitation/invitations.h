#pragma once
// Invitations after a service, with consent (docs/invitations.md): an organisation hands
// over who received a service — a list in its cabinet or one person at a time from its own
// system with a key issued in the cabinet — and each person gets one personal link per
// organisation and cycle. The link signs them in (the message proved the contact) and their
// answer counts as a confirmed recipient's; one click stops every invitation to them.
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "app/auth/citizen_sign_in.h"
#include "app/invitation/invitation_list.h"
#include "core/crypto.h"
#include "core/result.h"
#include "domain/invitation/local_time.h"
#include "domain/registry/organisation.h"
#include "store/invitation_store.h"
#include "store/store.h"

namespace nok {

struct InvitationPolicy {
  std::chrono::hours delay{3};          // after the service, before the first message
  std::chrono::days reminder_after{3};  // the one reminder, when still unanswered; 0: none
  invitation::QuietHours quiet;         // local time of the organisation's region
  ListRules list;
};

// What a list or a post did: the people added and skipped, or why nothing was.
struct InvitationsOutcome {
  InvitationsAdded added;
  Errors errors;  // non-empty: nothing was added

  // What the organisation is told: contacts that opted out count as invited, since whether a
  // person opted out is theirs to know, not the organisation's.
  int invited() const { return added.added + added.opted_out; }
  int skipped() const { return added.already_invited; }
};

class Invitations {
 public:
  using Clock = std::function<std::chrono::system_clock::time_point()>;

  Invitations(Store& store, InvitationStore& invitations, const SecretKey& key, InvitationPolicy policy = {},
              Clock clock = std::chrono::system_clock::now)
      : store_(store), invitations_(invitations), key_(key), policy_(policy), clock_(std::move(clock)) {}

  // A list uploaded by staff member `actor_id` (audited): all lines or none. Errors besides
  // the list's own (invitation_list.h): invitation_not_in_cycle (conflict: the organisation
  // collects no answers now).
  InvitationsOutcome add_list(const Organisation& org, const csv::Table& table, std::int64_t actor_id);
  // One person posted by the organisation's system, by the API's field names.
  InvitationsOutcome add_one(const Organisation& org, const std::map<std::string, std::string, std::less<>>& fields);

  // The invitation a link names, checked. Errors: invitation_not_found (not_found: a
  // malformed, altered or unknown link).
  Result<InvitationRecord> look_up(std::string_view token);
  // Why the link no longer signs in, if it does not: invitation_answered, invitation_stopped,
  // invitation_expired, invitation_used (conflict).
  std::optional<Error> unusable(const InvitationRecord& invitation) const;
  // The person followed the link and pressed the button: a session for their contact, and
  // the link recorded as opened — once: a link forwarded or left in a shared browser's
  // history signs nobody else in (the person signs in by code again, and their answer still
  // counts as a recipient's). Errors: those of look_up and unusable.
  Result<NewSession> accept(std::string_view token);
  // Stops every invitation to the link's contact, from every organisation, at once.
  // Errors: invitation_not_found.
  Result<Ok> opt_out(std::string_view token);

 private:
  InvitationsOutcome add(const Organisation& org, const InvitationList& list, std::string_view source,
                         std::optional<AuditEntry> audit);

  Store& store_;
  InvitationStore& invitations_;
  const SecretKey& key_;
  InvitationPolicy policy_;
  Clock clock_;
};

}  // namespace nok
