#include "app/cycle/reminders.h"

#include "core/time.h"
#include "domain/cycle/deadlines.h"

namespace nok {
namespace {

staff::Role who_acts(cycle::DeadlineKind kind) {
  return kind == cycle::DeadlineKind::council_decision ? staff::Role::council : staff::Role::official;
}

bool pending(const cycle::Deadline& d) {
  return d.status == cycle::DeadlineStatus::soon || d.status == cycle::DeadlineStatus::overdue;
}

MailMessage reminder(const CycleRecord& c, const cycle::Deadline& d, const std::string& address,
                     const std::string& public_url) {
  const bool overdue = d.status == cycle::DeadlineStatus::overdue;
  return {address,
          std::string(overdue ? "Просрочено: " : "Срок приближается: ") + std::string(cycle::title(d.kind)) + " (" +
              std::to_string(c.year) + ")",
          "Здравствуйте!\n\nНезависимая оценка качества условий оказания услуг за " + std::to_string(c.year) +
              " год, " + c.authority + ".\n" + std::string(cycle::title(d.kind)) + ": срок " + day_text(d.due) +
              (overdue ? " — срок прошёл." : ".") + "\n\nОткрыть цикл: " + public_url + "/cycles/" +
              std::to_string(c.id) + "\n\nЭто письмо отправлено автоматически.",
          {"deadline_reminder", "", ""}};
}

}  // namespace

ReminderReport send_deadline_reminders(CycleStore& cycles, StaffStore& staff, Mailer& mailer, const SecretKey& key,
                                       std::string_view today, const std::string& public_url) {
  ReminderReport report;
  const auto accounts = staff.accounts();
  for (const auto& c : cycles.cycles(0, 0)) {
    if (c.state == cycle::State::draft) continue;
    const cycle::CycleDates dates{c.year, c.submitted_at, c.approved_at, c.published_at,
                                  c.organisations > 0 && c.plans_approved >= c.organisations ? c.published_at : ""};
    for (const auto& d : cycle::deadlines(dates, today)) {
      if (!pending(d)) continue;
      for (const auto& a : accounts) {
        if (a.disabled || a.user.role != who_acts(d.kind) || a.user.authority_id != c.authority_id) continue;
        const auto address = a.email_enc.empty() ? std::nullopt : key.open(a.email_enc);
        if (!address) continue;
        if (!cycles.mark_reminder_sent(c.id, cycle::code(d.kind), d.due, a.user.id)) continue;
        if (mailer.send(reminder(c, d, *address, public_url))) ++report.sent;
        else ++report.failed;
      }
    }
  }
  return report;
}

}  // namespace nok
