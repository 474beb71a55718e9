// `nok reminders`: mails the deadline reminders due today through the outbox (run it daily
// from cron or a systemd timer; several servers may run it, each reminder goes out once).
#include <iostream>

#include "app/cycle/reminders.h"
#include "cli/outbox_settings.h"
#include "cli/secret_key.h"
#include "cli/common.h"
#include "cli/verbs.h"
#include "core/time.h"

namespace nok::cli {

int reminders(int argc, char** argv) {
  po::options_description options("reminders");
  add_db_option(options);
  options.add_options()("today", po::value<std::string>()->default_value(""),
                        "the day to judge deadlines by, YYYY-MM-DD (default: today, UTC)");
  int exit_code = 0;
  auto vm = parse(argc, argv, options, "nok reminders [--today YYYY-MM-DD] [--db URL]", exit_code);
  if (!vm) return exit_code;
  auto mailer = mailer_from_env();
  if (!mailer) {
    std::cerr << "ошибка: почта не настроена (NOK_SMTP_URL или NOK_MAIL_OUTBOX, см. docs/configuration.md)\n";
    return 2;
  }
  auto stores = open_prepared_stores(*vm, 2);
  const SecretKey key = load_secret_key((*vm)["db"].as<std::string>());
  auto today = (*vm)["today"].as<std::string>();
  if (today.empty()) today = iso_utc_now().substr(0, 10);
  // Through the outbox: a reminder the mail server refuses now is retried by `nok serve`
  // or `nok outbox send`.
  Outbox outbox(stores->outbox, key, mailer.get(), nullptr, outbox_policy_from_env());
  const auto report = send_deadline_reminders(stores->cycles, stores->staff, *outbox.mailer(), key, today,
                                              env_or("NOK_PUBLIC_URL", "http://127.0.0.1:8080"));
  std::cout << "напоминаний отправлено: " << report.sent << ", не отправлено: " << report.failed << "\n";
  return report.failed > 0 ? 1 : 0;
}

}  // namespace nok::cli
