#pragma once
#include <string>
#include <string_view>

#include "core/crypto.h"
#include "mail/mailer.h"
#include "store/cycle_store.h"
#include "store/staff_store.h"

namespace nok {

struct ReminderReport {
  int sent = 0;    // handed to the mailer (the outbox: queued, and retried if refused)
  int failed = 0;  // refused by a bare transport: claimed, so not sent again
};

// Mails a reminder of every deadline due within a week or overdue (domain/cycle/deadlines)
// to those who must act: the council for its decision, the authority's officials for
// publication and for the plans. Each person gets each reminder once, whichever `nok`
// process runs this first (the store claims it before the mail goes out). `mailer` is the
// outbox's (app/outbox/outbox.h), which keeps a reminder the mail server refused and tries
// it again. Addresses are opened with `key` and never logged.
ReminderReport send_deadline_reminders(CycleStore& cycles, StaffStore& staff, Mailer& mailer, const SecretKey& key,
                                       std::string_view today, const std::string& public_url);

}  // namespace nok
