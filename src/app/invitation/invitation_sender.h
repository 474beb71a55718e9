#pragma once
// Sends the invitations that are due (docs/invitations.md). A batch is claimed — marked
// `sending` and committed — before any message of it is handed to a transport, and recorded
// after: a sender that dies in between leaves its batch `unconfirmed`, never sent twice.
// Several senders and processes may run at once; the store gives each invitation to one.
#include <atomic>
#include <chrono>
#include <functional>
#include <string>

#include "app/invitation/invitations.h"
#include "mail/mailer.h"
#include "sms/sms_sender.h"

namespace nok {

struct InvitationSending {
  std::string public_url;               // links are built on it
  int batch = 20;                       // invitations claimed at once: at most these are left unconfirmed by a crash
  std::chrono::seconds lease{120};      // longer than a transport may take for a whole batch
  int attempts = 3;                     // a message the transport refuses this often is given up
  std::chrono::minutes retry_after{15};
  double per_second = 0;                // messages a second from this sender; 0: as fast as the transports take them
};

struct InvitationSendReport {
  int sent = 0;       // first messages
  int reminded = 0;   // reminders
  int retried = 0;    // refused, due again later
  int failed = 0;     // refused for the last time
  int expired = 0;    // ended with their cycle

  int attempted() const { return sent + reminded + retried + failed; }
  InvitationSendReport& operator+=(const InvitationSendReport& o) {
    sent += o.sent, reminded += o.reminded, retried += o.retried, failed += o.failed, expired += o.expired;
    return *this;
  }
};

class InvitationSender {
 public:
  using Clock = std::function<std::chrono::system_clock::time_point()>;

  // `mail` and `sms` are the transports themselves (not the outbox: the invitation is its own
  // durable record); either may be nullptr, and its invitations then wait.
  InvitationSender(Store& store, InvitationStore& invitations, const SecretKey& key, Mailer* mail, SmsSender* sms,
                   InvitationPolicy policy, InvitationSending sending, Clock clock = std::chrono::system_clock::now);

  // Ends the invitations of cycles that stopped collecting, then sends batches until none
  // is due, `limit` messages were attempted, or `stop` is raised.
  InvitationSendReport send_due(int limit, const std::atomic<bool>* stop = nullptr);

 private:
  InvitationSendReport send_batch(int limit);
  Result<Ok> deliver(const ClaimedInvitation& invitation);
  void pace();

  Store& store_;
  InvitationStore& invitations_;
  const SecretKey& key_;
  Mailer* mail_;
  SmsSender* sms_;
  InvitationPolicy policy_;
  InvitationSending sending_;
  Clock clock_;
  std::chrono::steady_clock::time_point paced_until_{};
};

}  // namespace nok
