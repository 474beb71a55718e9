#include "sms/adapters.h"

namespace nok {

std::unique_ptr<SmsSender> make_sms_sender(const SmsConfig& config) {
  if (!config.url.empty()) return make_http_gateway_sender(config);
  if (!config.outbox_dir.empty()) return make_outbox_sms_sender(config);
  return nullptr;
}

}  // namespace nok
