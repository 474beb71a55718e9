// `nok invitations add|send`: a list of people invited after a service, added from a file as
// the cabinet adds an upload; and the sending of what is due, for cron or a systemd timer, or
// where no `nok serve` runs (each `nok serve` does the same every minute). Safe beside other
// senders: each invitation is claimed by one of them before anything is sent.
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <vector>

#include "app/operator/upload_responses.h"
#include "cli/common.h"
#include "cli/invitation_settings.h"
#include "cli/secret_key.h"
#include "cli/verbs.h"

namespace nok::cli {
namespace {

constexpr const char* kUsage =
    "nok invitations add --org CODE FILE [--db URL]\n"
    "       nok invitations send [--db URL] [--workers N] [--limit N]";

int add(int argc, char** argv) {
  po::options_description options("invitations add");
  add_db_option(options);
  options.add_options()("org", po::value<std::string>()->required(), "the organisation's code")(
      "file", po::value<std::string>()->required(), "the list: CSV or .xlsx");
  po::positional_options_description positional;
  positional.add("file", 1);
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code, positional);
  if (!vm) return exit_code;
  const auto path = (*vm)["file"].as<std::string>();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "ошибка: файл " << path << " не открывается\n";
    return 2;
  }
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto stores = open_prepared_stores(*vm, 2);
  const auto org = stores->main->find_organisation((*vm)["org"].as<std::string>());
  if (!org) {
    std::cerr << "ошибка: организации с кодом " << (*vm)["org"].as<std::string>() << " нет в реестре\n";
    return 1;
  }
  auto table = read_upload(bytes.str());
  if (!table) {
    std::cerr << path << ": " << describe(table.error()) << "\n";
    return 1;
  }
  const SecretKey key = load_secret_key((*vm)["db"].as<std::string>());
  const auto outcome = Invitations(*stores->main, stores->invitations, key, invitation_policy_from_env())
                           .add_list(*org, *table, 0);
  for (const auto& e : outcome.errors) std::cerr << path << ": " << describe(e) << "\n";
  if (!outcome.errors.empty()) return 1;
  std::cout << "приглашено: " << outcome.invited() << ", пропущено (уже приглашены в этом году): " << outcome.skipped()
            << "\n";
  return 0;
}

int send(int argc, char** argv) {
  po::options_description options("invitations send");
  add_db_option(options);
  options.add_options()("workers", po::value<unsigned>()->default_value(1),
                        "senders at once, each with its own connection to the transports")(
      "limit", po::value<unsigned>()->default_value(1'000'000), "messages to attempt at most");
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code);
  if (!vm) return exit_code;
  const unsigned workers = std::max(1u, (*vm)["workers"].as<unsigned>());
  auto stores = open_prepared_stores(*vm, workers + 1);
  const SecretKey key = load_secret_key((*vm)["db"].as<std::string>());
  const auto policy = invitation_policy_from_env();
  auto sending = invitation_sending_from_env(public_url_from_env());
  sending.per_second /= workers;  // the rate is the process's
  std::vector<std::unique_ptr<Mailer>> mailers;
  std::vector<std::unique_ptr<SmsSender>> sms;
  for (unsigned i = 0; i < workers; ++i) {
    mailers.push_back(mailer_from_env());
    sms.push_back(sms_sender_from_env());
  }
  if (!mailers.front() && !sms.front()) {
    std::cerr << "ошибка: не настроены ни почта (NOK_SMTP_URL или NOK_MAIL_OUTBOX), ни SMS (NOK_SMS_URL или "
                 "NOK_SMS_OUTBOX), см. docs/configuration.md\n";
    return 2;
  }
  const int limit = static_cast<int>(std::min<unsigned>((*vm)["limit"].as<unsigned>(), 1'000'000'000));
  std::vector<InvitationSendReport> reports(workers);
  std::vector<std::thread> threads;
  for (unsigned i = 0; i < workers; ++i)
    threads.emplace_back([&, i] {
      InvitationSender sender(*stores->main, stores->invitations, key, mailers[i].get(), sms[i].get(), policy, sending);
      reports[i] = sender.send_due(limit / static_cast<int>(workers) + (i == 0 ? limit % static_cast<int>(workers) : 0));
    });
  for (auto& t : threads) t.join();
  InvitationSendReport total;
  for (const auto& r : reports) total += r;
  std::cout << "отправлено приглашений: " << total.sent << ", напоминаний: " << total.reminded
            << ", отложено до следующей попытки: " << total.retried << ", не доставлено: " << total.failed
            << ", завершено с окончанием сбора: " << total.expired << "\n";
  return total.failed > 0 ? 1 : 0;
}

}  // namespace

int invitations(int argc, char** argv) {
  const std::string_view action = argc >= 2 ? argv[1] : "";
  if (action == "add") return add(argc - 1, argv + 1);
  if (action == "send") return send(argc - 1, argv + 1);
  const bool help = action == "--help" || action == "-h";
  (help ? std::cout : std::cerr) << "usage: " << kUsage << "\n";
  return help ? 0 : 2;
}

}  // namespace nok::cli
