#include "app/outbox/outbox_admin.h"

#include "app/staff/audit.h"
#include "core/time.h"

namespace nok {
namespace {

constexpr std::string_view kHidden = "•••";

std::vector<OutboxLine> lines(const std::vector<OutboxEntry>& entries, const SecretKey& key, const std::string& now) {
  std::vector<OutboxLine> out;
  for (auto e : entries) {
    OutboxLine line;
    if (!e.recipient_enc.empty()) line.recipient = masked_recipient(key.open(e.recipient_enc).value_or(""));
    e.recipient_enc.clear();
    line.can_resend = e.state == "dead" && e.has_body && (e.expires_at.empty() || e.expires_at > now);
    line.entry = std::move(e);
    out.push_back(std::move(line));
  }
  return out;
}

// The bytes of the first UTF-8 character of `s`.
std::size_t first_character(std::string_view s) {
  std::size_t n = s.empty() ? 0 : 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return n;
}

}  // namespace

OutboxOverview outbox_overview(OutboxStore& store, const SecretKey& key, int limit) {
  const std::string now = iso_utc_now();
  return {lines(store.messages("pending", limit), key, now), lines(store.messages("dead", limit), key, now),
          store.backlog()};
}

Result<Ok> resend_message(OutboxStore& store, const staff::StaffUser& actor, std::int64_t id) {
  const auto message = store.find_message(id);
  if (!message) return Error{"outbox_not_found", "Такого сообщения нет."};
  const auto audit = audit_entry(actor.id, "outbox.resend", "outbox", std::to_string(id),
                                 {{"state", message->state}, {"attempts", message->attempts}}, {{"state", "pending"}});
  if (!store.requeue(id, iso_utc_now(), audit))
    return Error{"outbox_not_dead",
                 "Это сообщение отправить снова нельзя: оно уже ждёт отправки или отправлено, срок его действия "
                 "истёк или его текст уже удалён."};
  return Ok{};
}

std::string masked_recipient(std::string_view recipient) {
  if (const auto at = recipient.find('@'); at != std::string_view::npos && at > 0)
    return std::string(recipient.substr(0, first_character(recipient))) + std::string(kHidden) +
           std::string(recipient.substr(at));
  if (recipient.size() == 12 && recipient.starts_with("+7"))
    return std::string(recipient.substr(0, 5)) + "•••••" + std::string(recipient.substr(10));
  return std::string(kHidden);
}

}  // namespace nok
