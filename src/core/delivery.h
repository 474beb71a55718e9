#pragma once
#include <string>

namespace nok {

// How the outbox in front of a transport (app/outbox) treats an outgoing e-mail or SMS;
// the transports themselves ignore it. Nothing here is personal data: it is stored in
// clear beside the sealed recipient and body.
struct Delivery {
  // What the message is, for the administrator's list and the metrics: sign_in_code,
  // appeal_answer, deadline_reminder; empty for anything else.
  std::string topic;
  // ISO 8601 UTC: a message still unsent by then is dropped, never sent (a one-time code
  // that has expired). Empty: it never expires.
  std::string expires_at;
  // A later message with the same key replaces this one while it still waits, so a person
  // who asked again gets the newest code, not a burst of stale ones. A keyed hash, never
  // the address itself. Empty: nothing replaces it.
  std::string supersede_key;
};

}  // namespace nok
