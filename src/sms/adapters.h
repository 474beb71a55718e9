#pragma once
#include "net/http_post.h"
#include "sms/sms_sender.h"

namespace nok {

std::unique_ptr<SmsSender> make_http_gateway_sender(const SmsConfig& config);
std::unique_ptr<SmsSender> make_outbox_sms_sender(const SmsConfig& config);

// The gateway request for one message: placeholders in the URL are percent-encoded; in the
// body they are JSON-escaped when the content type is JSON, percent-encoded otherwise.
net::HttpPost gateway_request(const SmsConfig& config, const SmsMessage& message);

}  // namespace nok
