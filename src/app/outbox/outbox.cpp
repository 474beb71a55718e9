#include "app/outbox/outbox.h"

#include <boost/json.hpp>

#include <random>

#include "core/metrics.h"
#include "core/time.h"

namespace nok {
namespace {

namespace json = boost::json;

constexpr std::string_view kMail = "mail", kSms = "sms";

double uniform_random() {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
}

// The sealed body: the parts of the message besides the recipient, as JSON.
std::string mail_body(const MailMessage& m) { return json::serialize(json::object{{"subject", m.subject}, {"text", m.text}}); }
std::string sms_body(const SmsMessage& m) { return json::serialize(json::object{{"text", m.text}}); }

std::string member(const json::object& body, std::string_view name) {
  const auto* value = body.if_contains(name);
  return value && value->is_string() ? std::string(value->as_string()) : std::string();
}

metrics::Counter& counted(const char* what, std::string_view channel) {
  return metrics::counter(std::string("nok_outbox_") + what + "_total", "channel=\"" + std::string(channel) + "\"");
}

}  // namespace

Outbox::Outbox(OutboxStore& store, const SecretKey& key, Mailer* mail, SmsSender* sms, OutboxPolicy policy,
               Clock clock, Random random)
    : store_(store),
      key_(key),
      mail_(mail),
      sms_(sms),
      policy_(policy),
      clock_(std::move(clock)),
      random_(random ? std::move(random) : Random(uniform_random)) {}

Result<Ok> Outbox::QueuedMail::send(const MailMessage& message) {
  const auto claimed = outbox_.add(kMail, message.to, mail_body(message), message.delivery);
  SendReport ignored;
  outbox_.record(claimed, outbox_.mail_->send(message), ignored);
  return Ok{};
}

Result<Ok> Outbox::QueuedSms::send(const SmsMessage& message) {
  const auto claimed = outbox_.add(kSms, message.phone, sms_body(message), message.delivery);
  SendReport ignored;
  outbox_.record(claimed, outbox_.sms_->send(message), ignored);
  return Ok{};
}

ClaimedMessage Outbox::add(std::string_view channel, const std::string& recipient, const std::string& body,
                           const Delivery& delivery) {
  const auto now = clock_();
  return store_.add({std::string(channel), delivery.topic, key_.seal(recipient), key_.seal(body), delivery.expires_at,
                     delivery.supersede_key},
                    iso_utc(now), iso_utc(now + policy_.lease));
}

Result<Ok> Outbox::transmit(const ClaimedMessage& m) {
  const auto recipient = key_.open(m.recipient_enc);
  const auto sealed_body = key_.open(m.body_enc);
  boost::system::error_code ec;
  const auto body = sealed_body ? json::parse(*sealed_body, ec) : json::value();
  if (!recipient || ec || !body.is_object())
    return Error{"outbox_unreadable", "Сообщение не удалось расшифровать: ключ сервера не тот, которым оно запечатано."};
  const auto& parts = body.as_object();
  if (m.channel == kSms) return sms_->send({*recipient, member(parts, "text"), {}});
  return mail_->send({*recipient, member(parts, "subject"), member(parts, "text"), {}});
}

void Outbox::record(const ClaimedMessage& m, const Result<Ok>& outcome, SendReport& report) {
  const auto now = clock_();
  if (outcome) {
    if (!store_.mark_sent(m.id, m.claim, iso_utc(now))) return;  // another sender holds it now
    counted("sent", m.channel).add();
    ++report.sent;
    return;
  }
  const int failed = m.attempts + 1;
  // A message the key cannot open never will be: no use trying it again.
  const bool last = out_of_attempts(policy_.retry, failed) || outcome.error().code == "outbox_unreadable";
  const std::string retry_at = last ? "" : iso_utc(now + retry_wait(policy_.retry, failed, random_()));
  if (!store_.mark_failed(m.id, m.claim, outcome.error().message, iso_utc(now), retry_at)) return;
  counted(last ? "dead" : "retried", m.channel).add();
  ++(last ? report.dead : report.retried);
}

SendReport Outbox::send_due(int limit) {
  SendReport report;
  const auto start = clock_();
  report.expired = store_.expire(iso_utc(start));
  metrics::counter("nok_outbox_expired_total", "").add(static_cast<std::uint64_t>(report.expired));
  // Only the channels this process can send: another process may have the other transport.
  const std::string_view a = mail_ ? kMail : kSms, b = sms_ ? kSms : kMail;
  for (int i = 0; (mail_ || sms_) && i < limit; ++i) {
    const auto now = clock_();
    const auto claimed = store_.claim_due(iso_utc(now), iso_utc(now + policy_.lease), a, b);
    if (!claimed) break;
    record(*claimed, transmit(*claimed), report);
  }
  store_.purge_dead(iso_utc(start - policy_.keep_dead));
  const auto backlog = store_.backlog();
  metrics::gauge("nok_outbox_messages", "state=\"pending\"").set(backlog.pending);
  metrics::gauge("nok_outbox_messages", "state=\"dead\"").set(backlog.dead);
  return report;
}

}  // namespace nok
