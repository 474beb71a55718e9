#pragma once
#include <memory>
#include <string>

#include "core/result.h"

namespace nok {

struct MailMessage {
  std::string to;       // one address
  std::string subject;  // UTF-8
  std::string text;     // UTF-8 plain text
};

// Sends e-mail (one-time codes, answers to appeals, invitations). A failure is an
// expected Error (mail_unavailable) the caller shows to the person; it never throws.
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
