#pragma once
// One durable outbox for every e-mail and SMS the application sends (docs/operations.md,
// "Outgoing mail and SMS"). A message is committed to the store before anything is tried;
// then it is tried once at once, so a one-time code still arrives while the person waits.
// What fails is tried again with backoff (retry_policy.h) by `nok serve`'s sender
// (core/periodic_worker.h) or `nok outbox send`, until it is sent, dead after the last attempt
// (an administrator may send it again at /admin/outbox), or dropped when its expiry
// passes. Several processes may send from one database: the store hands each message to
// one of them at a time. Delivery is at least once: a process that dies between the
// transport's acceptance and recording it leaves the message to be sent again.
#include <chrono>
#include <functional>

#include "app/outbox/retry_policy.h"
#include "core/crypto.h"
#include "mail/mailer.h"
#include "sms/sms_sender.h"
#include "store/outbox_store.h"

namespace nok {

struct OutboxPolicy {
  RetryPolicy retry;
  // How long a sender holds a message for one attempt. Longer than a transport may take
  // (SMTP and the SMS gateway give up after 20 s), or another process could send it too.
  std::chrono::seconds lease{120};
  // How long a dead message keeps its recipient and body for an administrator to send it
  // again; then both are deleted and the row stays as a record.
  std::chrono::hours keep_dead{24 * 14};
};

// What one round of sending did.
struct SendReport {
  int sent = 0;
  int retried = 0;  // failed, due again later
  int dead = 0;     // failed for the last time
  int expired = 0;  // dropped unsent: their time had passed

  int attempted() const { return sent + retried + dead; }
  SendReport& operator+=(const SendReport& other) {
    sent += other.sent;
    retried += other.retried;
    dead += other.dead;
    expired += other.expired;
    return *this;
  }
};

class Outbox {
 public:
  using Clock = std::function<std::chrono::system_clock::time_point()>;
  using Random = std::function<double()>;  // uniform in [0, 1), for the jitter of retries

  // `mail` and `sms` are the transports (SMTP or the gateway; either may be nullptr: not
  // configured); they must outlive the outbox. Recipients and bodies are sealed with `key`.
  Outbox(OutboxStore& store, const SecretKey& key, Mailer* mail, SmsSender* sms, OutboxPolicy policy = {},
         Clock clock = std::chrono::system_clock::now, Random random = {});
  Outbox(const Outbox&) = delete;
  Outbox& operator=(const Outbox&) = delete;

  // The ports the application sends through: `send` commits the message, tries it once
  // and answers Ok whether that attempt succeeded or was left to the retries (a database
  // failure throws, as every store call). nullptr when the transport is not configured.
  Mailer* mailer() { return mail_ ? &queued_mail_ : nullptr; }
  SmsSender* sms() { return sms_ ? &queued_sms_ : nullptr; }

  // One round: drops expired messages, sends up to `limit` due ones (recording each
  // success, retry or death), deletes what dead messages kept past `keep_dead`, and
  // updates the metrics. Messages of a channel without a transport are left waiting.
  SendReport send_due(int limit);

 private:
  class QueuedMail final : public Mailer {
   public:
    explicit QueuedMail(Outbox& outbox) : outbox_(outbox) {}
    Result<Ok> send(const MailMessage& message) override;

   private:
    Outbox& outbox_;
  };
  class QueuedSms final : public SmsSender {
   public:
    explicit QueuedSms(Outbox& outbox) : outbox_(outbox) {}
    Result<Ok> send(const SmsMessage& message) override;

   private:
    Outbox& outbox_;
  };

  // Commits a message held by this process for its first attempt.
  ClaimedMessage add(std::string_view channel, const std::string& recipient, const std::string& body,
                     const Delivery& delivery);
  // Opens a claimed message and hands it to its transport.
  Result<Ok> transmit(const ClaimedMessage& message);
  // Records how an attempt ended: sent, due again after the backoff, or dead.
  void record(const ClaimedMessage& message, const Result<Ok>& outcome, SendReport& report);

  OutboxStore& store_;
  const SecretKey& key_;
  Mailer* mail_;
  SmsSender* sms_;
  OutboxPolicy policy_;
  Clock clock_;
  Random random_;
  QueuedMail queued_mail_{*this};
  QueuedSms queued_sms_{*this};
};

}  // namespace nok
