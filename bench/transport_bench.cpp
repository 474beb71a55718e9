// The baseline of bench/invitations.sh: the same transports nok sends invitations through
// (SMTP through libcurl, the SMS gateway over HTTP), driven with no database at all — the raw
// rate of the sinks as nok's own transport reaches them.
//
// usage: nok_transport_bench SMTP_URL SMS_URL MESSAGES WORKERS
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "mail/mailer.h"
#include "sms/sms_sender.h"

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: nok_transport_bench SMTP_URL SMS_URL MESSAGES WORKERS\n");
    return 2;
  }
  const std::string smtp = argv[1], sms = argv[2];
  const int messages = std::stoi(argv[3]), workers = std::stoi(argv[4]);
  std::atomic<int> next{0}, failed{0};
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int w = 0; w < workers; ++w)
    threads.emplace_back([&] {
      auto mailer = nok::make_mailer({.smtp_url = smtp, .from = "nok@example.ru"});
      auto gateway = nok::make_sms_sender({.url = sms});
      for (int i = next++; i < messages; i = next++) {
        const std::string link = "https://nok.example/i/" + std::to_string(1000000 + i) + "-baseline";
        const bool ok = i % 2 == 0
                            ? static_cast<bool>(mailer->send({"p" + std::to_string(i) + "@example.ru",
                                                              "Оцените качество услуг", "Ответить: " + link + "\n"}))
                            : static_cast<bool>(gateway->send({"+7900" + std::to_string(1000000 + i), "Оцените: " + link}));
        if (!ok) ++failed;
      }
    });
  for (auto& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("transports alone: %d messages in %.2f s = %.0f messages/s (%d failed)\n", messages, seconds,
              messages / seconds, failed.load());
  return failed ? 1 : 0;
}
