// The outbox of e-mail and SMS: adding, claiming, the outcome of each attempt, expiry,
// deletion of what is no longer needed, and the administrator's list.
#include "core/id.h"
#include "store/sql/audit_rows.h"
#include "store/sql/citizen_writes.h"
#include "store/sql/insert.h"
#include "store/sql/sql_outbox_store.h"

namespace nok::sql {
namespace {

// What a message that is no longer pending keeps: the row, without recipient, body or key.
constexpr std::string_view kForget = "recipient_enc = NULL, body_enc = NULL, supersede_key = NULL, claim = NULL, "
                                     "claimed_until = NULL";

// A pending message that no sender holds, or whose sender's lease lapsed before $1.
constexpr std::string_view kFree = "state = 'pending' AND (claimed_until IS NULL OR claimed_until < $1)";

constexpr std::string_view kSelectEntry =
    "SELECT id, channel, topic, state, COALESCE(recipient_enc, '') AS recipient_enc, attempts, last_error, "
    "created_at, next_attempt_at, COALESCE(expires_at, '') AS expires_at, COALESCE(finished_at, '') AS finished_at, "
    "CASE WHEN body_enc IS NULL THEN 0 ELSE 1 END AS has_body FROM outbox ";

OutboxEntry read_entry(const Row& r) {
  OutboxEntry e;
  e.id = r.i64("id");
  e.channel = r.text("channel");
  e.topic = r.text("topic");
  e.state = r.text("state");
  e.recipient_enc = r.text("recipient_enc");
  e.attempts = static_cast<int>(r.i64("attempts"));
  e.last_error = r.text("last_error");
  e.created_at = r.text("created_at");
  if (e.state == "pending") e.next_attempt_at = r.text("next_attempt_at");
  e.expires_at = r.text("expires_at");
  e.finished_at = r.text("finished_at");
  e.has_body = r.i64("has_body") != 0;
  return e;
}

}  // namespace

ClaimedMessage SqlOutboxStore::add(const NewOutboxMessage& m, const std::string& now, const std::string& lease_until) {
  ClaimedMessage claimed{new_id(), new_id(), m.channel, m.topic, m.recipient_enc, m.body_enc, 0};
  auto c = pool_.acquire();
  Transaction tx(*c);
  if (!m.supersede_key.empty())
    c->run("UPDATE outbox SET state = 'superseded', finished_at = $1, " + std::string(kForget) +
               " WHERE supersede_key = $2 AND " + std::string(kFree),
           {std::string_view(now), std::string_view(m.supersede_key)});
  Insert("outbox")
      .set("id", claimed.id)
      .set("channel", m.channel)
      .set("topic", m.topic)
      .set("recipient_enc", m.recipient_enc)
      .set("body_enc", m.body_enc)
      .set("supersede_key", text_or_null(m.supersede_key))
      .set("created_at", now)
      .set("next_attempt_at", now)
      .set("expires_at", text_or_null(m.expires_at))
      .set("claim", claimed.claim)
      .set("claimed_until", lease_until)
      .run(*c);
  tx.commit();
  return claimed;
}

std::optional<ClaimedMessage> SqlOutboxStore::claim_due(const std::string& now, const std::string& lease_until,
                                                        std::string_view channel_a, std::string_view channel_b) {
  std::optional<ClaimedMessage> out;
  const std::int64_t claim = new_id();
  auto c = pool_.acquire();
  // The subquery picks the message; the outer conditions repeat the check on the row as it
  // is when the update reaches it, so a message another sender took meanwhile is left
  // alone. On PostgreSQL the pick also skips rows another sender is claiming right now.
  const std::string skip_locked = c->engine() == Engine::postgres ? " FOR UPDATE SKIP LOCKED" : "";
  c->run("UPDATE outbox SET claim = $2, claimed_until = $3 WHERE id = (SELECT id FROM outbox WHERE " +
             std::string(kFree) +
             " AND next_attempt_at <= $1 AND (expires_at IS NULL OR expires_at > $1) AND channel IN ($4, $5) "
             "ORDER BY next_attempt_at, id LIMIT 1" + skip_locked + ") AND " + std::string(kFree) +
             " RETURNING id, channel, topic, recipient_enc, body_enc, attempts",
         {std::string_view(now), claim, std::string_view(lease_until), channel_a, channel_b}, [&](const Row& r) {
           out = ClaimedMessage{r.i64("id"),
                                claim,
                                std::string(r.text("channel")),
                                std::string(r.text("topic")),
                                std::string(r.text("recipient_enc")),
                                std::string(r.text("body_enc")),
                                static_cast<int>(r.i64("attempts"))};
         });
  return out;
}

bool SqlOutboxStore::mark_sent(std::int64_t id, std::int64_t claim, const std::string& now) {
  auto c = pool_.acquire();
  return c->run("UPDATE outbox SET state = 'sent', finished_at = $3, " + std::string(kForget) +
                    " WHERE id = $1 AND claim = $2 AND state = 'pending'",
                {id, claim, std::string_view(now)}) == 1;
}

bool SqlOutboxStore::mark_failed(std::int64_t id, std::int64_t claim, const std::string& error, const std::string& now,
                                 const std::string& retry_at) {
  auto c = pool_.acquire();
  if (retry_at.empty())  // dead: the body stays for an administrator to send again, the key goes
    return c->run("UPDATE outbox SET state = 'dead', attempts = attempts + 1, last_error = $3, finished_at = $4, "
                  "supersede_key = NULL, claim = NULL, claimed_until = NULL "
                  "WHERE id = $1 AND claim = $2 AND state = 'pending'",
                  {id, claim, std::string_view(error), std::string_view(now)}) == 1;
  return c->run("UPDATE outbox SET attempts = attempts + 1, last_error = $3, next_attempt_at = $4, claim = NULL, "
                "claimed_until = NULL WHERE id = $1 AND claim = $2 AND state = 'pending'",
                {id, claim, std::string_view(error), std::string_view(retry_at)}) == 1;
}

int SqlOutboxStore::expire(const std::string& now) {
  auto c = pool_.acquire();
  return static_cast<int>(c->run("UPDATE outbox SET state = 'expired', finished_at = $1, " + std::string(kForget) +
                                     " WHERE " + std::string(kFree) + " AND expires_at <= $1",
                                 {std::string_view(now)}));
}

int SqlOutboxStore::purge_dead(const std::string& before) {
  auto c = pool_.acquire();
  return static_cast<int>(c->run("UPDATE outbox SET recipient_enc = NULL, body_enc = NULL "
                                 "WHERE state = 'dead' AND finished_at < $1 AND body_enc IS NOT NULL",
                                 {std::string_view(before)}));
}

bool SqlOutboxStore::requeue(std::int64_t id, const std::string& now, const AuditEntry& audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  if (c->run("UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = $2, finished_at = NULL "
             "WHERE id = $1 AND state = 'dead' AND body_enc IS NOT NULL AND (expires_at IS NULL OR expires_at > $2)",
             {id, std::string_view(now)}) != 1)
    return false;
  append_audit(*c, audit);
  tx.commit();
  return true;
}

std::vector<OutboxEntry> SqlOutboxStore::messages(std::string_view state, int limit) {
  std::vector<OutboxEntry> out;
  auto c = pool_.acquire();
  const std::string order = state == "pending" ? "next_attempt_at, id" : "finished_at DESC, id DESC";
  c->run(std::string(kSelectEntry) + "WHERE state = $1 ORDER BY " + order + " LIMIT $2", {state, std::int64_t{limit}},
         [&](const Row& r) { out.push_back(read_entry(r)); });
  return out;
}

std::optional<OutboxEntry> SqlOutboxStore::find_message(std::int64_t id) {
  std::optional<OutboxEntry> out;
  auto c = pool_.acquire();
  c->run(std::string(kSelectEntry) + "WHERE id = $1", {id}, [&](const Row& r) { out = read_entry(r); });
  return out;
}

OutboxBacklog SqlOutboxStore::backlog() {
  OutboxBacklog out;
  auto c = pool_.acquire();
  c->run("SELECT (SELECT COUNT(*) FROM outbox WHERE state = 'pending') AS pending, "
         "(SELECT COUNT(*) FROM outbox WHERE state = 'dead') AS dead",
         {}, [&](const Row& r) { out = {r.i64("pending"), r.i64("dead")}; });
  return out;
}

}  // namespace nok::sql
