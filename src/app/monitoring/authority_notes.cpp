#include "app/monitoring/authority_notes.h"

#include "app/staff/audit.h"
#include "core/number_text.h"
#include "core/text.h"
#include "core/time.h"

namespace nok::monitoring {

Result<Ok> save_authority_notes(MonitoringStore& monitoring, const staff::StaffUser& actor, std::int64_t authority_id,
                                int year, const MonitoringNotes& notes) {
  if (!can(actor, staff::Action::edit, staff::AuthorityNotes{authority_id}))
    return refusal(ErrorKind::forbidden, "notes_forbidden",
                   "Сведения для отчёта вносят сотрудники уполномоченного органа.");
  MonitoringNotes saved{std::string(text::trim(notes.results_use)), std::string(text::trim(notes.popularisation)),
                        iso_utc_now()};
  for (const auto& [field, text] : {std::pair{"results_use", &saved.results_use},
                                    std::pair{"popularisation", &saved.popularisation}}) {
    if (!text::valid_utf8(*text)) return refusal(ErrorKind::invalid, "notes_bad_text", "Текст повреждён.", field);
    if (const auto length = text::length(*text); length > kMaxNotesLetters)
      return refusal(ErrorKind::invalid, "notes_too_long",
                     "Текст длиннее " + text::number_text(kMaxNotesLetters) + " символов (сейчас " +
                         text::number_text(static_cast<double>(length)) + "): сократите его.",
                     field);
  }
  const auto before = monitoring.notes(authority_id, year);
  const std::string object = std::to_string(authority_id) + "/" + std::to_string(year);
  monitoring.save_notes(
      authority_id, year, saved,
      audit_entry(actor.id, "monitoring_notes.save", "monitoring_notes", object,
                  {{"results_use", before.results_use}, {"popularisation", before.popularisation}},
                  {{"results_use", saved.results_use}, {"popularisation", saved.popularisation}}));
  return Ok{};
}

}  // namespace nok::monitoring
