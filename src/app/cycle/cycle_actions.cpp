#include "app/cycle/cycle_actions.h"

#include <algorithm>
#include <set>

#include "app/cycle/materials.h"
#include "app/staff/audit.h"
#include "core/parse_number.h"
#include "core/text.h"
#include "core/time.h"
#include "domain/methodology/sample.h"
#include "domain/registry/sphere.h"

namespace nok {
namespace {

constexpr std::size_t kMaxComment = 5000;
constexpr std::size_t kMaxResultText = 20000;

Error not_allowed() { return refusal(ErrorKind::forbidden, "not_allowed", "Это действие вам недоступно."); }

Error stale() {
  return refusal(ErrorKind::conflict, "stale_version",
                 "Пока страница была открыта, цикл изменил кто-то другой. Ничего не сохранено: страница показывает "
                 "актуальное состояние — повторите действие, если оно ещё нужно.");
}

Error wrong_state(const CycleRecord& cycle) {
  return refusal(ErrorKind::conflict, "wrong_state",
                 "Сейчас это сделать нельзя: цикл в состоянии «" + std::string(cycle::title(cycle.state)) + "».");
}

staff::CycleScope scope_of(const CycleRecord& cycle) { return {cycle.authority_id, cycle.operator_id}; }

boost::json::object cycle_fields(const CycleRecord& c) {
  return {{"state", cycle::code(c.state)}, {"edition", c.edition}, {"operator", c.operator_name},
          {"organisations", c.organisations}, {"version", c.version}};
}

Result<std::string> normalised_spheres(std::string_view text) {
  std::string out;
  for (auto piece : text::split(text, ',')) {
    const auto item = text::trim(piece);
    if (item.empty()) continue;
    const auto sphere = parse_sphere(item);
    if (!sphere) return Error{"bad_sphere", "Неизвестная сфера: «" + std::string(item) + "».", 0, "spheres"};
    out += (out.empty() ? "" : ",") + std::string(code(*sphere));
  }
  return out;
}

bool sphere_listed(std::string_view spheres, Sphere sphere) {
  if (spheres.empty()) return true;
  const auto listed = text::split(spheres, ',');
  return std::find(listed.begin(), listed.end(), code(sphere)) != listed.end();
}

bool editable_list(cycle::State state) { return state == cycle::State::draft || state == cycle::State::collecting; }

}  // namespace

Result<std::int64_t> create_cycle(CycleStore& cycles, StaffStore& staff, EditionCatalog& editions,
                                  const staff::StaffUser& actor, const CycleForm& form) {
  if (actor.role != staff::Role::official && actor.role != staff::Role::admin) return not_allowed();
  if (actor.authority_id == 0) return refusal(ErrorKind::forbidden, "not_allowed", "Цикл открывает сотрудник уполномоченного органа.");
  const auto year = text::parse_integer<std::int64_t>(text::trim(form.year));
  if (!year || *year < 2014 || *year > current_year() + 1)
    return Error{"bad_year", "Год: с 2014 по " + std::to_string(current_year() + 1) + ".", 0, "year"};
  auto spheres = normalised_spheres(form.spheres);
  if (!spheres) return spheres.error();
  const auto methodology_id =
      form.methodology.empty() ? methodology::default_methodology().id : std::string(text::trim(form.methodology));
  if (!editions.find(methodology_id))
    return Error{"unknown_methodology", "Неизвестная версия методики.", 0, "methodology"};
  std::int64_t operator_id = 0;
  if (const auto name = text::trim(form.operator_name); !name.empty()) {
    const auto found = staff.find_operator(name);
    if (!found) return Error{"unknown_operator", "Оператор «" + std::string(name) + "» не найден.", 0, "operator"};
    operator_id = found->id;
  }
  NewCycle n{static_cast<int>(*year), actor.authority_id, operator_id, methodology_id, *spheres};
  auto id = cycles.create_cycle(
      n, audit_entry(actor.id, "cycle.create", "cycle", "", {},
                     {{"year", n.year}, {"spheres", n.spheres}, {"operator_id", n.operator_id}, {"methodology", n.methodology}}));
  if (!id)
    return refusal(ErrorKind::conflict, "cycle_exists",
                   "Цикл независимой оценки за " + std::to_string(*year) + " год уже открыт.", "year");
  return *id;
}

Result<Ok> engage_operator(CycleStore& cycles, StaffStore& staff, const staff::StaffUser& actor,
                           const CycleRecord& cycle, std::string_view operator_name, std::int64_t expected_version) {
  if (!can(actor, staff::Action::edit, scope_of(cycle))) return not_allowed();
  if (!editable_list(cycle.state)) return wrong_state(cycle);
  const auto found = staff.find_operator(text::trim(operator_name));
  if (!found) return Error{"unknown_operator", "Оператор «" + std::string(text::trim(operator_name)) + "» не найден.", 0,
                           "operator"};
  auto after = cycle_fields(cycle);
  after["operator"] = found->name;
  if (!cycles.set_operator(cycle.id, expected_version, found->id,
                           audit_entry(actor.id, "cycle.operator", "cycle", std::to_string(cycle.id),
                                       cycle_fields(cycle), after)))
    return stale();
  return Ok{};
}

namespace {

// One organisation for a cycle's list: its code, its sample target as typed (empty: the rule's
// from the yearly recipients) and the line of the pasted list it came from (0: chosen in a
// search, or already listed).
struct ListEntry {
  std::string code;
  std::string target;
  int line = 0;
};

// Checks every entry and stores them as the cycle's list, all or nothing.
Result<std::size_t> store_list(CycleStore& cycles, RegistryStore& store, const staff::StaffUser& actor,
                               const CycleRecord& cycle, const methodology::SampleRule& rule,
                               const std::vector<ListEntry>& entries, std::int64_t expected_version) {
  if (!can(actor, staff::Action::edit, scope_of(cycle))) return not_allowed();
  if (!editable_list(cycle.state)) return wrong_state(cycle);
  std::vector<std::pair<std::string, std::int64_t>> listed;
  std::set<std::string, std::less<>> seen;
  Errors errors;
  for (const auto& [code, target_text, line_number] : entries) {
    const auto organisation = store.find_organisation(code);
    if (!organisation) {
      errors.push_back({"unknown_org", "нет организации с кодом «" + code + "»", line_number, "код"});
      continue;
    }
    if (organisation->authority != cycle.authority) {
      errors.push_back({"other_authority", "организация «" + organisation->short_name + "» относится к другому органу",
                        line_number, "код"});
      continue;
    }
    if (!sphere_listed(cycle.spheres, organisation->sphere)) {
      errors.push_back({"other_sphere", "сфера организации «" + organisation->short_name + "» не входит в этот цикл",
                        line_number, "код"});
      continue;
    }
    if (!seen.insert(code).second) {
      errors.push_back({"duplicate_org", "организация «" + code + "» уже указана выше", line_number, "код"});
      continue;
    }
    std::int64_t target = methodology::sample_target(rule, organisation->recipients_per_year).value_or(0);
    if (!target_text.empty()) {
      const auto given = text::parse_integer<std::int64_t>(target_text);
      if (!given || *given < 1 || *given > 1'000'000) {
        errors.push_back({"bad_target", "объём выборки — целое число от 1", line_number, "выборка"});
        continue;
      }
      target = *given;
    }
    listed.emplace_back(code, target);
  }
  if (errors.empty() && listed.empty())
    errors.push_back({"no_organisations", "список пуст: укажите коды организаций, по одному в строке"});
  if (!errors.empty()) {
    // The page shows each line as it is: where it is in the pasted list, and what is wrong.
    std::string message = "Список не сохранён, исправьте ошибки:";
    for (const auto& e : errors)
      message += "\n" + (e.line > 0 ? "строка " + std::to_string(e.line) + ": " : std::string()) + e.message;
    return Error{errors.front().code, message, errors.front().line, "organisations"};
  }
  auto after = cycle_fields(cycle);
  after["organisations"] = static_cast<std::int64_t>(listed.size());
  if (!cycles.set_members(cycle.id, expected_version, listed,
                          audit_entry(actor.id, "cycle.organisations", "cycle", std::to_string(cycle.id),
                                      cycle_fields(cycle), after)))
    return stale();
  return listed.size();
}

}  // namespace

Result<std::size_t> list_organisations(CycleStore& cycles, RegistryStore& store, const staff::StaffUser& actor,
                                       const CycleRecord& cycle, const methodology::Methodology& edition,
                                       std::string_view text, std::int64_t expected_version) {
  std::vector<ListEntry> entries;
  int line_number = 0;
  for (auto piece : text::split(text, '\n')) {
    const auto line = text::trim(piece);
    ++line_number;
    if (line.empty()) continue;
    const auto cut = line.find_first_of(";,\t");
    entries.push_back({std::string(text::trim(line.substr(0, cut))),
                       cut == std::string_view::npos ? std::string() : std::string(text::trim(line.substr(cut + 1))),
                       line_number});
  }
  return store_list(cycles, store, actor, cycle, edition.sample, entries, expected_version);
}

Result<std::size_t> add_organisations(CycleStore& cycles, RegistryStore& store, const staff::StaffUser& actor,
                                      const CycleRecord& cycle, const methodology::Methodology& edition,
                                      const std::vector<std::string>& codes, std::int64_t expected_version) {
  if (!can(actor, staff::Action::edit, scope_of(cycle))) return not_allowed();  // before saying what is missing
  if (codes.empty())
    return Error{"none_chosen", "Отметьте организации, которые нужно добавить, или «Все найденные».", 0, "choose"};
  std::vector<ListEntry> entries;
  std::set<std::string, std::less<>> listed;
  for (const auto& m : cycles.members(cycle.id)) {
    entries.push_back({m.code, m.sample_target > 0 ? std::to_string(m.sample_target) : std::string(), 0});
    listed.insert(m.code);
  }
  for (const auto& code : codes)
    if (listed.insert(code).second) entries.push_back({code, "", 0});
  return store_list(cycles, store, actor, cycle, edition.sample, entries, expected_version);
}

Result<Ok> take_step(CycleStore& cycles, Store& store, const staff::StaffUser& actor, const CycleRecord& cycle,
                     const methodology::Methodology& edition, const StepRequest& request) {
  if (!can(actor, staff::Action::view, scope_of(cycle)) || !cycle::may(actor.role, request.event))
    return not_allowed();
  const auto to = cycle::next(cycle.state, request.event);
  if (!to) return wrong_state(cycle);
  const auto comment = std::string(text::trim(request.comment));
  if (text::length(comment) > kMaxComment)
    return Error{"comment_too_long", "Комментарий: не больше 5000 символов.", 0, "comment"};
  CycleMove move{cycle.id, request.expected_version, request.event, cycle.state, *to, actor.id, comment, {},
                 request.digest};
  switch (request.event) {
    case cycle::Event::start_collecting:
      if (cycle.operator_id == 0) return Error{"no_operator", "Сначала укажите оператора, который собирает мнения."};
      if (cycle.organisations == 0) return Error{"no_organisations", "Сначала внесите список организаций."};
      break;
    case cycle::Event::submit_to_council:
      move.materials = compute_materials(store, cycles, cycle, edition);
      if (move.materials.empty()) return Error{"no_organisations", "В цикле нет организаций."};
      break;
    case cycle::Event::return_for_rework:
    case cycle::Event::correct:
      if (comment.empty())
        return Error{"comment_required",
                     request.event == cycle::Event::correct ? "Укажите, что и почему исправляется."
                                                            : "Укажите, что нужно доработать.",
                     0, "comment"};
      break;
    case cycle::Event::approve:
    case cycle::Event::publish: break;
  }
  auto after = cycle_fields(cycle);
  after["state"] = cycle::code(*to);
  if (request.event == cycle::Event::correct) after["edition"] = cycle.edition + 1;
  if (!comment.empty()) after["comment"] = comment;
  const auto outcome = cycles.move(move, audit_entry(actor.id, "cycle." + std::string(cycle::code(request.event)),
                                                     "cycle", std::to_string(cycle.id), cycle_fields(cycle), after));
  switch (outcome) {
    case MoveOutcome::moved: return Ok{};
    case MoveOutcome::stale: return stale();
    case MoveOutcome::materials_changed:
      return refusal(ErrorKind::conflict, "materials_changed",
                     "Материалы изменились после того, как вы их открыли. Решение не записано: ознакомьтесь с "
                     "актуальными материалами и примите решение ещё раз.");
  }
  return stale();
}

Result<Ok> save_result_text(CycleStore& cycles, RegistryStore& store, const staff::StaffUser& actor, const CycleRecord& cycle,
                            std::string_view organisation_code, ResultText which, std::string_view text,
                            std::int64_t expected_version) {
  const bool deficiencies = which == ResultText::deficiencies;
  const auto role = actor.role;
  const bool allowed = can(actor, staff::Action::view, scope_of(cycle)) &&
                       (role == staff::Role::admin ||
                        (deficiencies ? role == staff::Role::survey_operator : role == staff::Role::council));
  if (!allowed) return not_allowed();
  if (cycle.state != (deficiencies ? cycle::State::collecting : cycle::State::council)) return wrong_state(cycle);
  const auto organisation = store.find_organisation(organisation_code);
  bool listed = false;
  if (organisation)
    for (const auto& m : cycles.members(cycle.id)) listed = listed || m.code == organisation->code;
  if (!listed) return Error{"not_in_cycle", "Этой организации нет в цикле."};
  const auto trimmed = text::trim(text);
  if (text::length(trimmed) > kMaxResultText || !text::valid_utf8(trimmed))
    return Error{"text_too_long", "Текст: не больше 20 000 символов.", 0, deficiencies ? "deficiencies" : "proposals"};
  std::string before;
  for (const auto& r : cycles.results(cycle.id, cycle.edition))
    if (r.code == organisation->code) before = deficiencies ? r.deficiencies : r.proposals;
  const auto field = deficiencies ? "deficiencies" : "proposals";
  if (!cycles.save_result_text(cycle.id, expected_version, organisation->code, which, trimmed,
                               audit_entry(actor.id, std::string("result.") + field, "result",
                                           std::to_string(cycle.id) + "/" + organisation->code, {{field, before}},
                                           {{field, trimmed}})))
    return stale();
  return Ok{};
}

}  // namespace nok
