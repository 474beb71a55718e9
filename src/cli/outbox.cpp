// `nok outbox send`: one pass over the outbox of mail and SMS — sends what is due, schedules
// retries, moves what failed for the last time to the dead messages — for cron, or where no
// `nok serve` runs (each `nok serve` does the same every few seconds).
#include <iostream>

#include "cli/outbox_settings.h"
#include "cli/secret_key.h"
#include "cli/common.h"
#include "cli/verbs.h"

namespace nok::cli {
namespace {

constexpr const char* kUsage = "nok outbox send [--db URL]";
constexpr int kRound = 100;

int send(int argc, char** argv) {
  po::options_description options("outbox send");
  add_db_option(options);
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code);
  if (!vm) return exit_code;
  auto mailer = mailer_from_env();
  auto sms = sms_sender_from_env();
  if (!mailer && !sms) {
    std::cerr << "ошибка: не настроены ни почта (NOK_SMTP_URL или NOK_MAIL_OUTBOX), ни SMS (NOK_SMS_URL или "
                 "NOK_SMS_OUTBOX), см. docs/configuration.md\n";
    return 2;
  }
  auto stores = open_prepared_stores(*vm, 2);
  const SecretKey key = load_secret_key((*vm)["db"].as<std::string>());
  Outbox outbox(stores->outbox, key, mailer.get(), sms.get(), outbox_policy_from_env());
  SendReport total;
  for (;;) {  // rounds until one finds fewer due messages than it may take
    const auto round = outbox.send_due(kRound);
    total += round;
    if (round.attempted() < kRound) break;
  }
  std::cout << "отправлено: " << total.sent << ", отложено до следующей попытки: " << total.retried
            << ", не доставлено (см. /admin/outbox): " << total.dead << ", устарело: " << total.expired << "\n";
  return total.dead > 0 ? 1 : 0;
}

}  // namespace

int outbox(int argc, char** argv) { return run_action(argc, argv, kUsage, "send", send); }

}  // namespace nok::cli
