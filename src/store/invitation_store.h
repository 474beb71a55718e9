#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/staff_store.h"

namespace nok {

// Invitations after a service (docs/invitations.md). An invitation is `queued` until its
// message is due, `sending` while one sender holds it for an attempt, `sent` once the
// transport took the message (its one reminder is then due at `due_at`), and ends
// `answered` (the person answered the survey of its cycle), `opted_out`, `expired` (the
// cycle stopped collecting), `failed` (the transport refused every attempt) or
// `unconfirmed` (the sender stopped during its attempt: the message may or may not have
// gone, and it is never sent again, so nobody gets it twice; the link still works until the
// cycle ends). Every other end deletes the sealed contact. Times are ISO 8601 UTC text,
// given by the caller.

struct NewInvitation {
  std::int64_t organisation_id = 0;
  std::int64_t cycle_id = 0;
  std::string channel;        // mail | sms
  std::string contact_hash;   // keyed hash, the same as the citizen's login hash
  std::string contact_enc;    // sealed
  std::string nonce;          // random, for the link
  std::string service_at, consent_at, consent_place, consent_version;
  std::string source;         // upload | api
  int utc_offset_hours = 3;   // of the organisation's region
  std::string due_at;         // when the first message may go
};

// What adding a list did: each person is invited once per organisation and cycle, and
// never after they asked for no invitations.
struct InvitationsAdded {
  int added = 0;
  int already_invited = 0;
  int opted_out = 0;
};

// One invitation held by one sender for one attempt. Only the holder of `claim` may record
// its outcome.
struct ClaimedInvitation {
  std::int64_t id = 0;
  std::int64_t claim = 0;
  std::int64_t organisation_id = 0;
  std::string organisation_code, channel, contact_enc, nonce;
  bool reminder = false;  // the second and last message
  int attempts = 0;       // failed attempts of this message before this one
};

struct InvitationRecord {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::int64_t cycle_id = 0;
  std::string organisation_code, channel, contact_hash, contact_enc, nonce, state;
  std::string sent_at, opened_at, answered_at;
};

// How an organisation's invitations of a cycle went: counts only, never who.
struct InvitationFunnel {
  std::int64_t total = 0, waiting = 0, sent = 0, opened = 0, answered = 0, opted_out = 0, expired = 0,
               failed = 0, unconfirmed = 0;
};

class InvitationStore {
 public:
  virtual ~InvitationStore() = default;

  // Adds the invitations in one transaction with `audit` (none for the API's single posts):
  // all or none. A contact already invited by the organisation in the cycle, or opted out,
  // is skipped and counted. A list must not hold one contact twice (the caller checks).
  virtual InvitationsAdded add(const std::vector<NewInvitation>& invitations, const std::string& now,
                               const std::optional<AuditEntry>& audit) = 0;

  // Takes up to `limit` invitations whose message is due at `now`, of contacts that did not
  // opt out (checked again here: an opt-out may commit while a list is being added), in a region whose offset
  // is one of `open_offsets` — a queued one's first message, or a sent one's reminder — and
  // holds each until `lease_until` in state `sending` (committed before anything is sent).
  // Only invitations of `channels` (",mail,sms," — those with a transport) are taken.
  // First, an invitation whose holder's lease lapsed becomes `unconfirmed`. However many
  // senders ask at once, each invitation is held by one of them.
  virtual std::vector<ClaimedInvitation> claim_due(const std::string& now, const std::string& lease_until,
                                                   const std::vector<int>& open_offsets,
                                                   const std::string& channels, int limit) = 0;
  // The messages went: a first message leaves the invitation `sent` with its reminder due at
  // `reminder_at` ('' for none); a reminder leaves it `sent` with nothing more due. A claim
  // that was lost changes nothing. One transaction for the batch.
  virtual void mark_sent(const std::vector<ClaimedInvitation>& sent, const std::string& now,
                         const std::string& reminder_at) = 0;
  // The transport refused the message: due again at `retry_at`, or `failed` (contact
  // deleted) when `retry_at` is empty. A lost claim changes nothing.
  virtual void mark_failed(const ClaimedInvitation& invitation, const std::string& now, const std::string& retry_at) = 0;

  // Hands invitations back untried (the holder's lease runs short): due again as they were.
  // A lost claim changes nothing.
  virtual void release(const std::vector<ClaimedInvitation>& untried) = 0;

  virtual std::optional<InvitationRecord> find(std::int64_t id) = 0;
  // Records that the person followed the link; false (nothing written) when it was followed
  // before: a link signs in once.
  virtual bool mark_opened(std::int64_t id, const std::string& now) = 0;
  // The person asked for no more invitations: recorded for the contact, and every invitation
  // of it that has not ended becomes `opted_out`, its contact deleted. Returns how many.
  virtual int opt_out(const std::string& contact_hash, const std::string& now) = 0;
  // Invitations of cycles that no longer collect answers become `expired`, their contacts
  // deleted. Returns how many.
  virtual int expire_closed(const std::string& now) = 0;
  virtual InvitationFunnel funnel(std::int64_t organisation_id, std::int64_t cycle_id) = 0;
};

}  // namespace nok
