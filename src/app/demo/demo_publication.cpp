#include "app/demo/demo_publication.h"

#include <map>

#include "app/cycle/materials.h"
#include "domain/methodology/methodology.h"
#include "domain/methodology/sample.h"

namespace nok {
namespace {

AuditEntry demo_audit(std::string action) { return {0, "", 0, "", std::move(action), "cycle", "", "", R"({"demo":true})"}; }

// Takes the step from the cycle's current state, as read now.
bool step(CycleStore& cycles, std::int64_t id, cycle::Event event, std::vector<cycle::OrganisationResult> materials = {},
          std::string digest = "") {
  const auto c = cycles.find_cycle(id);
  const auto to = c ? cycle::next(c->state, event) : std::nullopt;
  if (!to) return false;
  CycleMove move{id, c->version, event, c->state, *to, 0, "", std::move(materials), std::move(digest)};
  return cycles.move(move, demo_audit("cycle." + std::string(cycle::code(event)))) == MoveOutcome::moved;
}

}  // namespace

std::size_t publish_demo_year(Store& store, CycleStore& cycles, StaffStore& staff,
                              const std::vector<Organisation>& registry, int year, std::size_t authorities,
                              const std::function<void()>& add_responses) {
  const auto& m = methodology::default_methodology();
  std::map<std::string, std::vector<std::pair<std::string, std::int64_t>>> by_authority;
  for (const auto& o : registry) {
    if (o.authority.empty()) continue;
    if (by_authority.size() == authorities && !by_authority.contains(o.authority)) continue;
    by_authority[o.authority].emplace_back(o.code, methodology::sample_target(m.sample, o.recipients_per_year).value_or(0));
  }
  std::vector<std::int64_t> opened;
  for (const auto& [authority, members] : by_authority) {
    const auto scope = staff.find_authority(authority);
    if (!scope) continue;
    const auto id = cycles.create_cycle({year, scope->id, 0, m.id, ""}, demo_audit("cycle.create"));
    if (!id) continue;  // the demo ran before: that year is there already
    if (!cycles.set_members(*id, cycles.find_cycle(*id)->version, members, demo_audit("cycle.organisations"))) continue;
    if (step(cycles, *id, cycle::Event::start_collecting)) opened.push_back(*id);
  }
  add_responses();
  std::size_t published = 0;
  for (const auto id : opened) {
    if (!step(cycles, id, cycle::Event::submit_to_council, compute_materials(store, cycles, *cycles.find_cycle(id), m)))
      continue;
    const auto digest = cycle::materials_digest(cycles.results(id, 1));
    if (step(cycles, id, cycle::Event::approve, {}, digest) && step(cycles, id, cycle::Event::publish)) ++published;
  }
  return published;
}

}  // namespace nok
