// Invitations after a service: adding lists, the sender's claims and outcomes, the
// person's link and opt-out, and the end of a cycle.
#include <unordered_map>

#include "core/id.h"
#include "store/sql/audit_rows.h"
#include "store/sql/insert.h"
#include "store/sql/sql_invitation_store.h"

namespace nok::sql {
namespace {

// States in which an invitation has not ended: its contact is still kept.
constexpr std::string_view kLive = "('queued', 'sending', 'sent', 'unconfirmed')";

bool opted_out(Connection& c, const std::string& contact_hash) {
  bool found = false;
  c.run("SELECT 1 AS x FROM invitation_opt_outs WHERE contact_hash = $1", {std::string_view(contact_hash)},
        [&](const Row&) { found = true; });
  return found;
}

// ",3,4,5,": the offsets as one parameter, so the statement stays one prepared statement.
std::string offset_list(const std::vector<int>& offsets) {
  std::string out = ",";
  for (const int o : offsets) out += std::to_string(o) + ",";
  return out;
}

}  // namespace

InvitationsAdded SqlInvitationStore::add(const std::vector<NewInvitation>& invitations, const std::string& now,
                                         const std::optional<AuditEntry>& audit) {
  InvitationsAdded out;
  auto c = pool_.acquire();
  Transaction tx(*c);
  for (const auto& n : invitations) {
    bool invited_before = false;
    c->run("SELECT 1 AS x FROM invitations WHERE organisation_id = $1 AND cycle_id = $2 AND contact_hash = $3",
           {n.organisation_id, n.cycle_id, std::string_view(n.contact_hash)}, [&](const Row&) { invited_before = true; });
    if (invited_before) {
      ++out.already_invited;
      continue;
    }
    if (opted_out(*c, n.contact_hash)) {
      ++out.opted_out;
      continue;
    }
    const auto added = c->run(
        "INSERT INTO invitations (id, organisation_id, cycle_id, channel, contact_hash, contact_enc, nonce, "
        "service_at, consent_at, consent_place, consent_version, source, utc_offset_hours, state, due_at, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'queued', $14, $15) "
        "ON CONFLICT (organisation_id, cycle_id, contact_hash) DO NOTHING",
        {new_id(), n.organisation_id, n.cycle_id, std::string_view(n.channel), std::string_view(n.contact_hash),
         std::string_view(n.contact_enc), std::string_view(n.nonce), std::string_view(n.service_at),
         std::string_view(n.consent_at), std::string_view(n.consent_place), std::string_view(n.consent_version),
         std::string_view(n.source), std::int64_t{n.utc_offset_hours}, std::string_view(n.due_at),
         std::string_view(now)});
    if (added == 1) ++out.added;
    else ++out.already_invited;
  }
  if (audit) append_audit(*c, *audit);
  tx.commit();
  return out;
}

std::vector<ClaimedInvitation> SqlInvitationStore::claim_due(const std::string& now, const std::string& lease_until,
                                                             const std::vector<int>& open_offsets,
                                                             const std::string& channels, int limit) {
  std::vector<ClaimedInvitation> out;
  if (open_offsets.empty() || limit <= 0) return out;
  const std::int64_t claim = new_id();
  const std::string offsets = offset_list(open_offsets);
  auto c = pool_.acquire();
  Transaction tx(*c);
  // A holder that stopped mid-attempt: whether its message went is unknown, so it is never
  // sent again (a second message would be worse than none). The contact stays: the link may
  // have arrived, and it signs the person in.
  c->run("UPDATE invitations SET state = 'unconfirmed', due_at = '', finished_at = $1 "
         "WHERE state = 'sending' AND lease_until < $1",
         {std::string_view(now)});
  const std::string skip_locked = c->engine() == Engine::postgres ? " FOR UPDATE SKIP LOCKED" : "";
  constexpr std::string_view kDue = "state IN ('queued', 'sent') AND due_at > '' AND due_at <= $1";
  c->run("UPDATE invitations SET state = 'sending', claim = $3, lease_until = $2 WHERE id IN (SELECT id FROM invitations "
         "WHERE " + std::string(kDue) + " AND $5 LIKE '%,' || CAST(utc_offset_hours AS TEXT) || ',%' "
         "AND $6 LIKE '%,' || channel || ',%' "
         "AND NOT EXISTS (SELECT 1 FROM invitation_opt_outs o WHERE o.contact_hash = invitations.contact_hash) "
         "ORDER BY due_at LIMIT $4" + skip_locked + ") AND " + std::string(kDue) +
             " RETURNING id, organisation_id, channel, contact_enc, nonce, sent_at, attempts",
         {std::string_view(now), std::string_view(lease_until), claim, std::int64_t{limit},
          std::string_view(offsets), std::string_view(channels)},
         [&](const Row& r) {
           ClaimedInvitation i;
           i.id = r.i64("id");
           i.claim = claim;
           i.organisation_id = r.i64("organisation_id");
           i.channel = r.text("channel");
           i.contact_enc = r.text("contact_enc");
           i.nonce = r.text("nonce");
           i.reminder = !r.text("sent_at").empty();
           i.attempts = static_cast<int>(r.i64("attempts"));
           out.push_back(std::move(i));
         });
  std::unordered_map<std::int64_t, std::string> codes;
  c->run("SELECT i.id, o.code FROM invitations i JOIN organisations o ON o.id = i.organisation_id WHERE i.claim = $1",
         {claim}, [&](const Row& r) { codes[r.i64("id")] = r.text("code"); });
  for (auto& i : out) i.organisation_code = codes[i.id];
  tx.commit();
  return out;
}

void SqlInvitationStore::mark_sent(const std::vector<ClaimedInvitation>& sent, const std::string& now,
                                   const std::string& reminder_at) {
  if (sent.empty()) return;
  static const std::string kNothingDue;
  auto c = pool_.acquire();
  Transaction tx(*c);
  for (const auto& i : sent)
    c->run("UPDATE invitations SET state = 'sent', attempts = 0, lease_until = '', "
           "sent_at = CASE WHEN sent_at = '' THEN $3 ELSE sent_at END, due_at = $4, "
           "reminded = CASE WHEN $5 = 1 THEN 1 ELSE reminded END "
           "WHERE id = $1 AND claim = $2 AND state = 'sending'",
           {i.id, i.claim, std::string_view(now), std::string_view(i.reminder ? kNothingDue : reminder_at),
            std::int64_t{i.reminder ? 1 : 0}});
  tx.commit();
}

void SqlInvitationStore::mark_failed(const ClaimedInvitation& i, const std::string& now, const std::string& retry_at) {
  auto c = pool_.acquire();
  // A first message that will not go ends the invitation; a reminder that will not go only
  // leaves it sent without one.
  c->run("UPDATE invitations SET attempts = CASE WHEN $4 = '' THEN 0 ELSE attempts + 1 END, lease_until = '', due_at = $4, "
         "state = CASE WHEN $4 <> '' THEN (CASE WHEN sent_at = '' THEN 'queued' ELSE 'sent' END) "
         "WHEN sent_at = '' THEN 'failed' ELSE 'sent' END, "
         "contact_enc = CASE WHEN $4 = '' AND sent_at = '' THEN '' ELSE contact_enc END, "
         "finished_at = CASE WHEN $4 = '' AND sent_at = '' THEN $3 ELSE finished_at END "
         "WHERE id = $1 AND claim = $2 AND state = 'sending'",
         {i.id, i.claim, std::string_view(now), std::string_view(retry_at)});
}

void SqlInvitationStore::release(const std::vector<ClaimedInvitation>& untried) {
  if (untried.empty()) return;
  auto c = pool_.acquire();
  Transaction tx(*c);
  for (const auto& i : untried)
    c->run("UPDATE invitations SET state = CASE WHEN sent_at = '' THEN 'queued' ELSE 'sent' END, lease_until = '' "
           "WHERE id = $1 AND claim = $2 AND state = 'sending'",
           {i.id, i.claim});
  tx.commit();
}

std::optional<InvitationRecord> SqlInvitationStore::find(std::int64_t id) {
  std::optional<InvitationRecord> out;
  auto c = pool_.acquire();
  c->run("SELECT i.id, i.organisation_id, o.code, i.cycle_id, i.channel, i.contact_hash, i.contact_enc, i.nonce, "
         "i.state, i.sent_at, i.opened_at, i.answered_at FROM invitations i "
         "JOIN organisations o ON o.id = i.organisation_id WHERE i.id = $1",
         {id}, [&](const Row& r) {
           InvitationRecord i;
           i.id = r.i64("id");
           i.organisation_id = r.i64("organisation_id");
           i.organisation_code = r.text("code");
           i.cycle_id = r.i64("cycle_id");
           i.channel = r.text("channel");
           i.contact_hash = r.text("contact_hash");
           i.contact_enc = r.text("contact_enc");
           i.nonce = r.text("nonce");
           i.state = r.text("state");
           i.sent_at = r.text("sent_at");
           i.opened_at = r.text("opened_at");
           i.answered_at = r.text("answered_at");
           out = std::move(i);
         });
  return out;
}

bool SqlInvitationStore::mark_opened(std::int64_t id, const std::string& now) {
  auto c = pool_.acquire();
  return c->run("UPDATE invitations SET opened_at = $2 WHERE id = $1 AND opened_at = ''", {id, std::string_view(now)}) == 1;
}

int SqlInvitationStore::opt_out(const std::string& contact_hash, const std::string& now) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  c->run("INSERT INTO invitation_opt_outs (contact_hash, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
         {std::string_view(contact_hash), std::string_view(now)});
  const auto stopped = c->run("UPDATE invitations SET state = 'opted_out', contact_enc = '', due_at = '', "
                              "finished_at = $2 WHERE contact_hash = $1 AND state IN " + std::string(kLive),
                              {std::string_view(contact_hash), std::string_view(now)});
  tx.commit();
  return static_cast<int>(stopped);
}

int SqlInvitationStore::expire_closed(const std::string& now) {
  auto c = pool_.acquire();
  // `sending` is left to its holder: the next claim settles it if the holder stopped.
  return static_cast<int>(
      c->run("UPDATE invitations SET state = 'expired', contact_enc = '', due_at = '', finished_at = $1 "
             "WHERE state IN ('queued', 'sent', 'unconfirmed') AND cycle_id IN "
             "(SELECT id FROM cycles WHERE state NOT IN ('draft', 'collecting'))",
             {std::string_view(now)}));
}

InvitationFunnel SqlInvitationStore::funnel(std::int64_t organisation_id, std::int64_t cycle_id) {
  InvitationFunnel f;
  auto c = pool_.acquire();
  c->run("SELECT COUNT(*) AS total, "
         "COALESCE(SUM(CASE WHEN state IN ('queued', 'sending') AND sent_at = '' THEN 1 ELSE 0 END), 0) AS waiting, "
         "COALESCE(SUM(CASE WHEN sent_at <> '' THEN 1 ELSE 0 END), 0) AS sent, "
         "COALESCE(SUM(CASE WHEN opened_at <> '' THEN 1 ELSE 0 END), 0) AS opened, "
         "COALESCE(SUM(CASE WHEN state = 'answered' THEN 1 ELSE 0 END), 0) AS answered, "
         "COALESCE(SUM(CASE WHEN state = 'opted_out' THEN 1 ELSE 0 END), 0) AS opted_out, "
         "COALESCE(SUM(CASE WHEN state = 'expired' THEN 1 ELSE 0 END), 0) AS expired, "
         "COALESCE(SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), 0) AS failed, "
         "COALESCE(SUM(CASE WHEN state = 'unconfirmed' THEN 1 ELSE 0 END), 0) AS unconfirmed "
         "FROM invitations WHERE organisation_id = $1 AND cycle_id = $2",
         {organisation_id, cycle_id}, [&](const Row& r) {
           f.total = r.i64("total");
           f.waiting = r.i64("waiting");
           f.sent = r.i64("sent");
           f.opened = r.i64("opened");
           f.answered = r.i64("answered");
           f.opted_out = r.i64("opted_out");
           f.expired = r.i64("expired");
           f.failed = r.i64("failed");
           f.unconfirmed = r.i64("unconfirmed");
         });
  return f;
}

}  // namespace nok::sql
