#pragma once
// The administrator's view of the outbox (/admin/outbox): what waits and what could not be
// delivered, with the reason, the attempts and the next one — recipients masked, bodies
// never shown (they may carry a one-time code) — and sending a dead message again,
// audited. Access is checked by the caller.
#include <string>
#include <string_view>
#include <vector>

#include "core/crypto.h"
#include "core/result.h"
#include "domain/staff/access.h"
#include "store/outbox_store.h"

namespace nok {

struct OutboxLine {
  OutboxEntry entry;      // its recipient_enc is cleared: only `recipient` leaves here
  std::string recipient;  // masked; empty once deleted
  bool can_resend = false;
};

struct OutboxOverview {
  std::vector<OutboxLine> pending;  // in the order they are due
  std::vector<OutboxLine> dead;     // the latest first
  OutboxBacklog backlog;            // the whole counts, beyond the lists' `limit`
};

OutboxOverview outbox_overview(OutboxStore& store, const SecretKey& key, int limit);

// Puts a dead message back in the queue with its attempts counted afresh (outbox.resend in
// the audit log). Errors: outbox_not_found, outbox_not_dead (waiting or sent already, its
// recipient and body deleted, or its time has passed).
Result<Ok> resend_message(OutboxStore& store, const staff::StaffUser& actor, std::int64_t id);

// Enough of a recipient to recognise it, too little to use it: "ivanova@example.ru" →
// "i•••@example.ru", "+79001234567" → "+7900•••••67"; anything else → "•••".
std::string masked_recipient(std::string_view recipient);

}  // namespace nok
