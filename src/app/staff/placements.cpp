#include "app/staff/placements.h"

#include "app/staff/audit.h"
#include "core/text.h"
#include "domain/placement/placement.h"

namespace nok {
namespace {

boost::json::object fields(const Placement& p) {
  return {{"organisation_id", p.organisation_id}, {"carrier", p.carrier}, {"place", p.place}, {"note", p.note}};
}

}  // namespace

Result<Placement> register_placement(PlacementStore& store, const staff::StaffUser& actor,
                                     std::int64_t organisation_id, const PlacementRequest& r) {
  if (!placement::find_carrier(r.carrier)) return Error{"bad_carrier", "Выберите носитель из списка.", 0, "carrier"};
  if (!placement::find_place(r.place)) return Error{"bad_place", "Выберите место из списка.", 0, "place"};
  const std::string note(text::trim(r.note));
  if (text::length(note) > 200 || note.find_first_of("\r\n\t") != std::string::npos)
    return Error{"bad_note", "Уточнение места: одной строкой, не больше 200 символов.", 0, "note"};
  Placement p{0, organisation_id, r.carrier, r.place, note, "", ""};
  return store.add_placement(p, audit_entry(actor.id, "placement.create", "placement", "", {}, fields(p)));
}

Result<Ok> confirm_placement(PlacementStore& store, const staff::StaffUser& actor, const Placement& p) {
  auto after = fields(p);
  after["confirmed"] = true;
  if (!store.confirm_placement(p.id, actor.id,
                               audit_entry(actor.id, "placement.confirm", "placement", std::to_string(p.id),
                                           fields(p), after)))
    return Error{"already_confirmed", "Это размещение уже подтверждено."};
  return Ok{};
}

void remove_placement(PlacementStore& store, const staff::StaffUser& actor, const Placement& p) {
  auto after = fields(p);
  after["removed"] = true;
  (void)store.remove_placement(p.id, audit_entry(actor.id, "placement.remove", "placement", std::to_string(p.id),
                                                 fields(p), after));
}

}  // namespace nok
