#include "app/staff/moderation.h"

#include "app/staff/audit.h"

namespace nok {

std::int64_t moderation_scope(const staff::StaffUser& actor) {
  const bool everywhere = actor.role == staff::Role::admin || actor.role == staff::Role::monitor;
  return everywhere ? 0 : actor.authority_id;
}

Result<Ok> moderate(ModerationStore& store, const staff::StaffUser& actor, HeldKind kind, std::int64_t id,
                    std::string_view decision) {
  const std::int64_t scope = moderation_scope(actor);
  if (!can(actor, staff::Action::edit, staff::ModerationQueue{scope}))
    return refusal(ErrorKind::forbidden, "not_allowed",
                   "Решения по модерации принимают сотрудники уполномоченного органа и администратор.");
  const bool review = kind == HeldKind::review;
  const bool release = decision == (review ? "publish" : "count");
  if (!release && decision != (review ? "reject" : "exclude")) return Error{"bad_decision", "Неизвестное решение."};
  const auto audit = audit_entry(actor.id, std::string(review ? "review." : "response.") + std::string(decision),
                                 review ? "review" : "response", std::to_string(id), {{"status", "held"}},
                                 {{"decision", decision}});
  const bool done = review ? store.decide_review(id, release, scope, audit) : store.decide_response(id, release, scope, audit);
  if (!done) return refusal(ErrorKind::conflict, "not_held", "Решение по этой записи уже принято (или она вне вашей области).");
  return Ok{};
}

}  // namespace nok
