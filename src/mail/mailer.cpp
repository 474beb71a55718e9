#include "mail/adapters.h"

namespace nok {

std::unique_ptr<Mailer> make_mailer(const MailConfig& config) {
  if (!config.smtp_url.empty()) return make_smtp_mailer(config);
  if (!config.outbox_dir.empty()) return make_outbox_mailer(config);
  return nullptr;
}

}  // namespace nok
