#pragma once
#include "mail/mailer.h"

namespace nok {

std::unique_ptr<Mailer> make_smtp_mailer(const MailConfig& config);
std::unique_ptr<Mailer> make_outbox_mailer(const MailConfig& config);

}  // namespace nok
