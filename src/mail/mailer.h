#pragma once
#include <memory>
#include <string>

#include "core/delivery.h"
#include "core/result.h"

namespace nok {

struct MailMessage {
  std::string to;       // one address
  std::string subject;  // UTF-8
  std::string text;     // UTF-8 plain text
  Delivery delivery;    // for the outbox: what it is, until when, what it replaces
  // Where one click stops such mail (RFC 8058: List-Unsubscribe with a one-click POST);
  // empty: the message is not one a person may stop.
  std::string unsubscribe_url;
};

// Sends e-mail (one-time codes, answers to appeals, invitations); never throws. The SMTP
// and folder adapters deliver at once and report a failure as an Error (mail_unavailable)
// whose message names the cause without personal data. `nok serve` hands the application
// the outbox's mailer instead (app/outbox/outbox.h): it commits the message to the queue,
// tries it once at once and leaves a failure to the retries, so it answers Ok once queued.
class Mailer {
 public:
  virtual ~Mailer() = default;
  virtual Result<Ok> send(const MailMessage& message) = 0;
};

// Settings (docs/configuration.md): NOK_SMTP_URL (smtp://host:port or smtps://…),
// NOK_SMTP_USER / NOK_SMTP_PASSWORD, NOK_MAIL_FROM; or NOK_MAIL_OUTBOX=DIR to write
// .eml files instead (development and demos).
struct MailConfig {
  std::string smtp_url;
  std::string user;
  std::string password;
  std::string from = "nok@localhost";
  std::string outbox_dir;
};

// The configured mailer, or nullptr when neither SMTP nor an outbox is configured.
std::unique_ptr<Mailer> make_mailer(const MailConfig& config);

// The RFC 5322 message (headers with RFC 2047-encoded UTF-8 subject, 8-bit body) that
// both adapters deliver.
std::string format_message(const MailMessage& message, const std::string& from);

}  // namespace nok
