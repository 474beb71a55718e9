// SMTP delivery through libcurl, TLS when the URL is smtps:// or the server offers STARTTLS.
// A handle kept between messages keeps its connection to the server open, so a busy sender
// (a round of invitations) says MAIL FROM again instead of connecting again; libcurl opens a
// new connection when the kept one was closed meanwhile.
#include <curl/curl.h>

#include <cstring>
#include <mutex>
#include <vector>

#include "mail/adapters.h"

namespace nok {
namespace {

struct Upload {
  const std::string& data;
  std::size_t offset = 0;
};

std::size_t read_chunk(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload->data.size() - upload->offset);
  std::memcpy(buffer, upload->data.data() + upload->offset, n);
  upload->offset += n;
  return n;
}

class SmtpMailer final : public Mailer {
 public:
  explicit SmtpMailer(MailConfig config) : config_(std::move(config)) {
    static std::once_flag init;
    std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  }

  ~SmtpMailer() override {
    for (CURL* curl : idle_) curl_easy_cleanup(curl);
  }

  Result<Ok> send(const MailMessage& message) override {
    const std::string payload = format_message(message, config_.from);
    Upload upload{payload};
    CURL* curl = take();
    if (!curl) return unavailable();
    curl_slist* recipients = curl_slist_append(nullptr, message.to.c_str());
    curl_easy_setopt(curl, CURLOPT_URL, config_.smtp_url.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, config_.from.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_chunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 5L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 20L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (!config_.user.empty()) {
      curl_easy_setopt(curl, CURLOPT_USERNAME, config_.user.c_str());
      curl_easy_setopt(curl, CURLOPT_PASSWORD, config_.password.c_str());
    }
    const CURLcode rc = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(recipients);
    give_back(curl, rc == CURLE_OK);
    if (rc != CURLE_OK) return unavailable(rc, reply);
    return Ok{};
  }

 private:
  static Error unavailable(CURLcode rc = CURLE_FAILED_INIT, long reply = 0) {
    // The outbox shows this to the administrator: libcurl's generic text and the server's
    // reply code say why, while the server's reply text, which may quote the address, is
    // left out.
    return refusal(ErrorKind::unavailable, "mail_unavailable", "Не удалось отправить письмо (" + std::string(curl_easy_strerror(rc)) +
                                         (reply ? ", ответ сервера " + std::to_string(reply) : std::string()) + ").");
  }
  // A kept handle (with its open connection) or a new one; one per message in flight.
  CURL* take() {
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        CURL* curl = idle_.back();
        idle_.pop_back();
        return curl;
      }
    }
    return curl_easy_init();
  }

  // Keeps the handle for the next message unless it failed (its connection is suspect) or
  // enough are kept already.
  void give_back(CURL* curl, bool healthy) {
    constexpr std::size_t kKept = 16;
    if (healthy) {
      curl_easy_reset(curl);  // options only: the open connection stays
      std::lock_guard lock(mutex_);
      if (idle_.size() < kKept) {
        idle_.push_back(curl);
        return;
      }
    }
    curl_easy_cleanup(curl);
  }

  MailConfig config_;
  std::mutex mutex_;
  std::vector<CURL*> idle_;
};

}  // namespace

std::unique_ptr<Mailer> make_smtp_mailer(const MailConfig& config) { return std::make_unique<SmtpMailer>(config); }

}  // namespace nok
