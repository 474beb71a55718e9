#include "app/invitation/invitation_sender.h"

#include <thread>

#include "app/invitation/invitation_link.h"
#include "core/time.h"

namespace nok {
namespace {

std::string mail_text(const Organisation& org, const std::string& link, const std::string& stop, bool reminder) {
  return std::string(reminder ? "Здравствуйте! Напоминаем о приглашении.\n\n" : "Здравствуйте!\n\n") +
         "Недавно вы получили услугу в организации «" + org.short_name +
         "». Пожалуйста, расскажите, насколько вам было удобно: анкета независимой оценки качества займёт около "
         "5 минут. Организация не узнает, что ответили именно вы.\n\n"
         "Ответить на вопросы: " + link + "\n\n"
         "Ссылка действует, пока идёт сбор мнений в этом году. Вы получили это письмо, потому что дали согласие на "
         "приглашение в организации.\n\n"
         "Больше не присылать приглашения: " + stop + "\n";
}

std::string sms_text(const Organisation& org, const std::string& link, const std::string& stop) {
  return "Оцените качество услуг «" + org.short_name + "»: " + link + " Отказ от приглашений: " + stop;
}

}  // namespace

InvitationSender::InvitationSender(Store& store, InvitationStore& invitations, const SecretKey& key, Mailer* mail,
                                   SmsSender* sms, InvitationPolicy policy, InvitationSending sending, Clock clock)
    : store_(store), invitations_(invitations), key_(key), mail_(mail), sms_(sms), policy_(policy),
      sending_(std::move(sending)), clock_(std::move(clock)) {}

InvitationSendReport InvitationSender::send_due(int limit, const std::atomic<bool>* stop) {
  InvitationSendReport report;
  report.expired = invitations_.expire_closed(iso_utc(clock_()));
  while (report.attempted() < limit && !(stop && stop->load())) {
    const auto batch = send_batch(std::min(sending_.batch, limit - report.attempted()));
    if (batch.attempted() == 0) break;
    report += batch;
  }
  return report;
}

InvitationSendReport InvitationSender::send_batch(int limit) {
  // What went is recorded every few messages, not once per batch, so that a sender killed
  // mid-batch leaves only those few `unconfirmed`; and what the lease would not cover is
  // handed back untried rather than settled as unconfirmed by another sender.
  constexpr std::size_t kRecordEvery = 20;
  constexpr auto kLeaseMargin = std::chrono::seconds(30);
  InvitationSendReport report;
  const std::string channels = std::string(",") + (mail_ ? "mail," : "") + (sms_ ? "sms," : "");
  const auto now = clock_();
  const auto lease_until = now + sending_.lease;
  const auto claimed = invitations_.claim_due(iso_utc(now), iso_utc(lease_until),
                                              invitation::open_offsets(now, policy_.quiet), channels, limit);
  std::vector<ClaimedInvitation> sent;
  const auto record_sent = [&] {
    // Quiet hours need no shifting here: a message is claimed only in a region where it is day.
    const auto done = clock_();
    invitations_.mark_sent(sent, iso_utc(done),
                           policy_.reminder_after.count() == 0 ? std::string() : iso_utc(done + policy_.reminder_after));
    sent.clear();
  };
  for (std::size_t i = 0; i < claimed.size(); ++i) {
    const auto& invitation = claimed[i];
    if (clock_() + kLeaseMargin > lease_until) {
      invitations_.release({claimed.begin() + static_cast<std::ptrdiff_t>(i), claimed.end()});
      break;
    }
    pace();
    if (deliver(invitation)) {
      ++(invitation.reminder ? report.reminded : report.sent);
      sent.push_back(invitation);
      if (sent.size() >= kRecordEvery) record_sent();
      continue;
    }
    const bool last = invitation.attempts + 1 >= sending_.attempts;
    ++(last ? report.failed : report.retried);
    invitations_.mark_failed(invitation, iso_utc(clock_()), last ? "" : iso_utc(clock_() + sending_.retry_after));
  }
  record_sent();
  return report;
}

Result<Ok> InvitationSender::deliver(const ClaimedInvitation& invitation) {
  const auto org = store_.find_organisation(invitation.organisation_code);
  const auto contact = key_.open(invitation.contact_enc);
  if (!org || !contact)
    return Error{"invitation_unreadable", "приглашение не прочитано: организация или ключ не те"};
  const std::string token = invitation_token(key_, invitation.id, invitation.nonce);
  const std::string link = sending_.public_url + "/i/" + token, stop = link + "/stop";
  if (invitation.channel == "mail") {
    MailMessage message{*contact,
                        std::string(invitation.reminder ? "Напоминание: оцените" : "Оцените") +
                            " качество услуг — " + org->short_name,
                        mail_text(*org, link, stop, invitation.reminder), Delivery{"invitation", "", ""}, stop};
    return mail_->send(message);
  }
  return sms_->send(SmsMessage{*contact, sms_text(*org, link, stop), Delivery{"invitation", "", ""}});
}

void InvitationSender::pace() {
  if (sending_.per_second <= 0) return;
  // Each message takes the next slot 1/rate after the previous one; a sender that fell
  // behind does not burst to catch up.
  const auto slot = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(1.0 / sending_.per_second));
  const auto now = std::chrono::steady_clock::now();
  paced_until_ = std::max(paced_until_ + slot, now);
  std::this_thread::sleep_until(paced_until_);
}

}  // namespace nok
