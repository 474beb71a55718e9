#include <fstream>

#include "core/id.h"
#include "mail/adapters.h"

namespace nok {
namespace {

// Writes each message to DIR/<time-ordered id>.eml: for demos and development, where no
// mail server exists but a person still needs to read the code.
class OutboxMailer final : public Mailer {
 public:
  explicit OutboxMailer(MailConfig config) : config_(std::move(config)) {}

  Result<Ok> send(const MailMessage& message) override {
    std::ofstream out(config_.outbox_dir + "/" + std::to_string(new_id()) + ".eml", std::ios::binary);
    out << format_message(message, config_.from);
    if (!out) return refusal(ErrorKind::unavailable, "mail_unavailable", "Не удалось сохранить письмо в папку исходящих.");
    return Ok{};
  }

 private:
  MailConfig config_;
};

}  // namespace

std::unique_ptr<Mailer> make_outbox_mailer(const MailConfig& config) { return std::make_unique<OutboxMailer>(config); }

}  // namespace nok
