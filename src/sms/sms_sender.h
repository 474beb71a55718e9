#pragma once
#include <memory>
#include <string>

#include "core/delivery.h"
#include "core/result.h"

namespace nok {

struct SmsMessage {
  std::string phone;  // +7XXXXXXXXXX
  std::string text;   // UTF-8, short
  Delivery delivery;  // for the outbox: what it is, until when, what it replaces
};

// Sends SMS (one-time codes, news of an answer to an appeal); never throws. The gateway
// and folder adapters deliver at once and report a failure as an Error (sms_unavailable)
// whose message names the cause without personal data. `nok serve` hands the application
// the outbox's sender instead (app/outbox/outbox.h): it commits the message to the queue,
// tries it once at once and leaves a failure to the retries, so it answers Ok once queued.
class SmsSender {
 public:
  virtual ~SmsSender() = default;
  virtual Result<Ok> send(const SmsMessage& message) = 0;
};

// Settings (docs/configuration.md): NOK_SMS_URL, NOK_SMS_METHOD, NOK_SMS_CONTENT_TYPE,
// NOK_SMS_BODY, NOK_SMS_TOKEN; or NOK_SMS_OUTBOX=DIR to write .txt files instead.
// `{phone}` and `{text}` in the URL and the body are replaced by the escaped values.
struct SmsConfig {
  std::string url;
  std::string method = "POST";
  std::string content_type = "application/json";
  std::string body = R"({"phone":"{phone}","text":"{text}"})";
  std::string token;  // sent as "Authorization: Bearer …" when set
  std::string outbox_dir;
};

// The configured sender, or nullptr when neither a gateway nor an outbox is configured.
std::unique_ptr<SmsSender> make_sms_sender(const SmsConfig& config);

}  // namespace nok
