#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/staff_store.h"

namespace nok {

// The durable queue of outgoing e-mail and SMS (docs/operations.md, "Outgoing mail and
// SMS"). A message is pending until an attempt succeeds (sent), it has failed too often
// (dead, for an administrator to send again), its time has passed (expired) or a newer
// message replaced it (superseded). Recipient and body are sealed with the server key
// before they reach the store; they are deleted once the message is sent, expired or
// superseded, and from dead messages after a while, leaving the row as a record.
// Times are ISO 8601 UTC text, given by the caller.

struct NewOutboxMessage {
  std::string channel;        // mail | sms
  std::string topic;          // Delivery::topic
  std::string recipient_enc;  // sealed
  std::string body_enc;       // sealed
  std::string expires_at;     // empty: never
  std::string supersede_key;  // empty: none
};

// A message held by one sender for one attempt. Only the holder of `claim` may record
// the attempt's outcome.
struct ClaimedMessage {
  std::int64_t id = 0;
  std::int64_t claim = 0;
  std::string channel, topic, recipient_enc, body_enc;
  int attempts = 0;  // failed attempts before this one
};

// A row of the administrator's list: never the body; the recipient still sealed (empty
// once deleted).
struct OutboxEntry {
  std::int64_t id = 0;
  std::string channel, topic, state, recipient_enc;
  int attempts = 0;
  std::string last_error;  // the transport's message, no personal data
  std::string created_at, next_attempt_at, expires_at, finished_at;  // empty when none
  bool has_body = false;
};

struct OutboxBacklog {
  std::int64_t pending = 0;
  std::int64_t dead = 0;
};

class OutboxStore {
 public:
  virtual ~OutboxStore() = default;

  // Commits a new pending message that the caller already holds until `lease_until`, so
  // that it can make the first attempt at once while no other sender takes it. In the same
  // transaction, pending messages with the same non-empty supersede key that nobody holds
  // become superseded (recipient and body deleted).
  virtual ClaimedMessage add(const NewOutboxMessage& message, const std::string& now,
                             const std::string& lease_until) = 0;

  // Takes the pending message of `channel_a` or `channel_b` (the same value twice for one
  // channel) that is due first — next attempt at or before `now`, not expired, held by
  // nobody or by a sender whose lease has lapsed — and holds it until `lease_until`;
  // nullopt when none is due. However many senders and processes ask at once, each message
  // is held by one of them (on PostgreSQL the others skip it and take the next).
  virtual std::optional<ClaimedMessage> claim_due(const std::string& now, const std::string& lease_until,
                                                  std::string_view channel_a, std::string_view channel_b) = 0;

  // The attempt succeeded: the message is sent, its recipient and body deleted. False when
  // the claim was lost (its lease lapsed and another sender took the message): nothing changes.
  virtual bool mark_sent(std::int64_t id, std::int64_t claim, const std::string& now) = 0;

  // The attempt failed with `error` (no personal data): one more attempt counted; the
  // message is due again at `retry_at`, or dead when `retry_at` is empty. False when the
  // claim was lost: nothing changes.
  virtual bool mark_failed(std::int64_t id, std::int64_t claim, const std::string& error, const std::string& now,
                           const std::string& retry_at) = 0;

  // Pending messages whose expiry is at or before `now` and that nobody holds become
  // expired, recipient and body deleted. Returns how many.
  virtual int expire(const std::string& now) = 0;

  // Deletes the recipient and body of messages that died before `before`; the rows stay.
  // Returns how many.
  virtual int purge_dead(const std::string& before) = 0;

  // Puts a dead message back in the queue, due at `now` with no attempts counted, and
  // appends `audit` in the same transaction. False when the message is not dead, its body
  // was deleted or it has expired: nothing changes.
  virtual bool requeue(std::int64_t id, const std::string& now, const AuditEntry& audit) = 0;

  // Up to `limit` messages in `state` (pending: in the order they are due; any other:
  // the latest first).
  virtual std::vector<OutboxEntry> messages(std::string_view state, int limit) = 0;
  virtual std::optional<OutboxEntry> find_message(std::int64_t id) = 0;

  // How many messages wait and how many are dead.
  virtual OutboxBacklog backlog() = 0;
};

}  // namespace nok
