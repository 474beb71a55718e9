#include <fstream>

#include "core/id.h"
#include "sms/adapters.h"

namespace nok {
namespace {

// Writes each message to DIR/<time-ordered id>.txt ("To: +7…", a blank line, the text): for
// demos and development, where no gateway exists but a person still needs to read the code.
class OutboxSmsSender final : public SmsSender {
 public:
  explicit OutboxSmsSender(SmsConfig config) : config_(std::move(config)) {}

  Result<Ok> send(const SmsMessage& message) override {
    std::ofstream out(config_.outbox_dir + "/" + std::to_string(new_id()) + ".txt", std::ios::binary);
    out << "To: " << message.phone << "\n\n" << message.text << "\n";
    if (!out) return refusal(ErrorKind::unavailable, "sms_unavailable", "Не удалось сохранить SMS в папку исходящих.");
    return Ok{};
  }

 private:
  SmsConfig config_;
};

}  // namespace

std::unique_ptr<SmsSender> make_outbox_sms_sender(const SmsConfig& config) {
  return std::make_unique<OutboxSmsSender>(config);
}

}  // namespace nok
