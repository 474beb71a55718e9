#include "app/popularisation/measures.h"

#include <variant>

#include "app/staff/audit.h"

namespace nok::popularisation {
namespace {

constexpr std::string_view kObject = "popularisation_measure";

MeasureResult refused(ErrorKind kind, std::string code, std::string message) {
  return {{refusal(kind, std::move(code), std::move(message))}};
}

bool may_edit(const staff::StaffUser& actor, std::int64_t authority_id) {
  return can(actor, staff::Action::edit, staff::PopularisationPlan{authority_id});
}

MeasureResult forbidden() {
  return refused(ErrorKind::forbidden, "measure_forbidden",
                 "План мероприятий ведут сотрудники уполномоченного органа.");
}

MeasureResult gone() { return refused(ErrorKind::not_found, "measure_not_found", "Такого мероприятия в плане нет."); }

boost::json::object fields(const MeasureDraft& d) {
  return {{"type", d.type},
          {"title", d.title},
          {"starts_on", d.starts_on},
          {"ends_on", d.ends_on},
          {"responsible", d.responsible},
          {"evidence_url", d.evidence_url}};
}

// The authority's measure of this id, once the person is known to keep the plan; or why not.
std::variant<PopularisationMeasure, MeasureResult> editable(PopularisationStore& store, const staff::StaffUser& actor,
                                                            std::int64_t authority_id, std::int64_t measure_id) {
  if (!may_edit(actor, authority_id)) return forbidden();
  auto measure = store.find_measure(measure_id);
  if (!measure || measure->authority_id != authority_id) return gone();
  return std::move(*measure);
}

// Runs `write` on the measure the person may change, and says "gone" when the store found it
// removed in between.
template <class Write>
MeasureResult on_measure(PopularisationStore& store, const staff::StaffUser& actor, std::int64_t authority_id,
                         std::int64_t measure_id, Write write) {
  auto found = editable(store, actor, authority_id, measure_id);
  if (auto* no = std::get_if<MeasureResult>(&found)) return std::move(*no);
  const auto& measure = std::get<PopularisationMeasure>(found);
  MeasureResult result = write(measure);
  if (result.ok() && result.id == 0) return gone();
  return result;
}

}  // namespace

MeasureResult add_measure(PopularisationStore& store, const staff::StaffUser& actor, std::int64_t authority_id,
                          int year, const MeasureDraft& draft) {
  if (!may_edit(actor, authority_id)) return forbidden();
  const auto clean = trimmed(draft);
  if (auto errors = check_measure(clean, year); !errors.empty()) return {std::move(errors)};
  auto after = fields(clean);
  after["authority_id"] = authority_id;
  after["year"] = year;
  const auto id = store.add_measure(authority_id, year, clean,
                                    audit_entry(actor.id, "popularisation.measure_add", kObject, "", {}, after));
  return {{}, id};
}

MeasureResult change_measure(PopularisationStore& store, const staff::StaffUser& actor, std::int64_t authority_id,
                             std::int64_t measure_id, const MeasureDraft& draft) {
  return on_measure(store, actor, authority_id, measure_id, [&](const PopularisationMeasure& m) -> MeasureResult {
    const auto clean = trimmed(draft);
    if (auto errors = check_measure(clean, m.year); !errors.empty()) return {std::move(errors)};
    const auto audit = audit_entry(actor.id, "popularisation.measure_change", kObject, std::to_string(m.id),
                                   fields(m.draft), fields(clean));
    return {{}, store.change_measure(m.id, clean, audit) ? m.id : 0};
  });
}

MeasureResult change_status(PopularisationStore& store, const staff::StaffUser& actor, std::int64_t authority_id,
                            std::int64_t measure_id, std::string_view status) {
  return on_measure(store, actor, authority_id, measure_id, [&](const PopularisationMeasure& m) -> MeasureResult {
    const auto next = parse_status(status);
    if (!next)
      return {
          {refusal(ErrorKind::invalid, "measure_bad_status", "Выберите состояние мероприятия из списка.", "status")}};
    const auto audit = audit_entry(actor.id, "popularisation.measure_status", kObject, std::to_string(m.id),
                                   {{"status", code(m.status)}}, {{"status", code(*next)}});
    return {{}, store.set_status(m.id, *next, audit) ? m.id : 0};
  });
}

MeasureResult remove_measure(PopularisationStore& store, const staff::StaffUser& actor, std::int64_t authority_id,
                             std::int64_t measure_id) {
  return on_measure(store, actor, authority_id, measure_id, [&](const PopularisationMeasure& m) -> MeasureResult {
    auto before = fields(m.draft);
    before["status"] = code(m.status);
    const auto audit = audit_entry(actor.id, "popularisation.measure_remove", kObject, std::to_string(m.id), before,
                                   {{"removed", true}});
    return {{}, store.remove_measure(m.id, audit) ? m.id : 0};
  });
}

}  // namespace nok::popularisation
