// SMS through the operator's HTTP gateway: one request per message; any 2xx is success.
#include "sms/adapters.h"

namespace nok {
namespace {

class HttpGatewaySender final : public SmsSender {
 public:
  explicit HttpGatewaySender(SmsConfig config) : config_(std::move(config)) {}

  Result<Ok> send(const SmsMessage& message) override {
    const auto reply = net::send(gateway_request(config_, message));
    if (!reply) return Error{"sms_unavailable", "Не удалось отправить SMS: шлюз не ответил."};
    if (reply->status < 200 || reply->status >= 300)
      return Error{"sms_unavailable", "Не удалось отправить SMS: шлюз ответил кодом " + std::to_string(reply->status) + "."};
    return Ok{};
  }

 private:
  SmsConfig config_;
};

}  // namespace

std::unique_ptr<SmsSender> make_http_gateway_sender(const SmsConfig& config) {
  return std::make_unique<HttpGatewaySender>(config);
}

}  // namespace nok
