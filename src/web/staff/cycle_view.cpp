#include "web/staff/cycle_view.h"

#include <kainjow/mustache.hpp>

#include "app/cycle/cycle_export.h"
#include "app/cycle/materials.h"
#include "core/text.h"
#include "core/time.h"
#include "domain/cycle/deadlines.h"
#include "domain/methodology/methodology.h"
#include "domain/registry/sphere.h"
#include "web/pages/results_view.h"
#include "web/pages/wording.h"
#include "web/session.h"
#include "web/staff/cycle_search.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

staff::CycleScope scope_of(const CycleRecord& c) { return {c.authority_id, c.operator_id}; }

std::string spheres_text(std::string_view codes) {
  if (codes.empty()) return "все сферы";
  std::string out;
  for (auto piece : text::split(codes, ','))
    if (auto s = parse_sphere(piece)) out += (out.empty() ? "" : ", ") + std::string(title(*s));
  return out;
}

list calendar(const CycleRecord& c) {
  const cycle::CycleDates dates{c.year, c.submitted_at, c.approved_at, c.published_at,
                                c.organisations > 0 && c.plans_approved >= c.organisations ? c.published_at : ""};
  list out;
  for (const auto& d : cycle::deadlines(dates, iso_utc_now())) {
    object row{{"title", std::string(cycle::title(d.kind))},
               {"due", d.due.empty() ? std::string("—") : day_text(d.due)},
               {"status", std::string(cycle::title(d.status))},
               {"status_code", std::string(cycle::code(d.status))}};
    if (!d.done_on.empty()) row["done"] = day_text(d.done_on);  // absent, not empty: no "()" on the page
    out.push_back(row);
  }
  return out;
}

bool needs_comment(cycle::Event e) { return e == cycle::Event::return_for_rework || e == cycle::Event::correct; }

list actions(const StaffAccount& account, const CycleRecord& c, const std::string& digest) {
  list out;
  if (!can(account.user, staff::Action::view, scope_of(c))) return out;
  for (auto e : cycle::events_from(c.state)) {
    if (!cycle::may(account.user.role, e)) continue;
    out.push_back(object{{"event", std::string(cycle::code(e))},
                         {"title", std::string(cycle::title(e))},
                         {"needs_comment", needs_comment(e)},
                         {"secondary", e == cycle::Event::return_for_rework || e == cycle::Event::correct},
                         {"digest", digest}});
  }
  return out;
}

std::string members_text(const std::vector<CycleMember>& members) {
  std::string out;
  for (const auto& m : members) out += m.code + ";" + std::to_string(m.sample_target) + "\n";
  return out;
}

void set_error(Data& data, const CycleFormState& form) {
  data.set("notice", form.notice);
  if (!form.error) return;
  data.set("has_error", true);
  list lines;
  for (auto line : text::split(form.error->message, '\n')) lines.push_back(std::string(line));
  data.set("error_lines", lines);
  data.set("error_field", form.error->column.empty() ? std::string("main") : form.error->column);
}

void set_cycle(Data& data, const CycleRecord& c, EditionCatalog& editions) {
  data.set("cycle_id", std::to_string(c.id));
  data.set("year", std::to_string(c.year));
  data.set("authority", c.authority);
  data.set("state", std::string(cycle::title(c.state)));
  data.set("state_code", std::string(cycle::code(c.state)));
  data.set("edition", std::to_string(c.edition));
  data.set("corrected", c.edition > 1);
  data.set("operator", c.operator_name.empty() ? std::string("не назначен") : c.operator_name);
  data.set("spheres", spheres_text(c.spheres));
  const auto* methodology = editions.find(c.methodology);
  data.set("methodology", methodology ? methodology->title : c.methodology);
  data.set("version", std::to_string(c.version));
}

// The current edition's materials once handed over; before that, the values as of now.
bool materials_stored(const CycleRecord& c) { return c.state != cycle::State::draft && c.state != cycle::State::collecting; }

}  // namespace

std::optional<CycleRecord> visible_cycle(const SiteContext& site, const http::Request& request,
                                         const StaffAccount& account) {
  const auto id = parse_id(request.param("id"));
  auto found = id ? site.staff->cycles.find_cycle(*id) : std::nullopt;
  if (!found || !can(account.user, staff::Action::view, scope_of(*found))) return std::nullopt;
  return found;
}

http::Response cycle_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                          const CycleRecord& c, const CycleFormState& form) {
  Data data;
  set_staff_frame(data, site, request, account);
  set_cycle(data, c, *site.editions);
  set_error(data, form);
  data.set("calendar", calendar(c));
  data.set("can_export", cycle_export::may_export(account.user, c));
  list questionnaires;
  for (const auto& q : cycle_export::added_questionnaires(site.editions->of_cycle(c.methodology)))
    questionnaires.push_back(object{{"file", q.file}, {"title", q.title}});
  data.set("added_questionnaires", questionnaires);
  const auto members = site.staff->cycles.members(c.id);
  std::map<std::string, const cycle::OrganisationResult*, std::less<>> by_code;
  const auto results = site.staff->cycles.results(c.id, c.edition);
  if (materials_stored(c))
    for (const auto& r : results) by_code[r.code] = &r;
  list organisations;
  for (const auto& m : members) {
    const auto r = by_code.find(m.code);
    organisations.push_back(object{
        {"code", m.code},
        {"name", m.short_name},
        {"target", m.sample_target > 0 ? std::to_string(m.sample_target) : std::string("нет данных")},
        {"collected", std::to_string(m.respondents)},
        {"reached", m.sample_target > 0 && m.respondents >= m.sample_target},
        {"total", r == by_code.end() ? std::string("—") : score_text(r->second->total)}});
  }
  data.set("organisations", organisations);
  data.set("has_organisations", !members.empty());
  data.set("count", std::to_string(members.size()));
  const bool editable = can(account.user, staff::Action::edit, scope_of(c)) &&
                        (c.state == cycle::State::draft || c.state == cycle::State::collecting);
  data.set("can_edit_list", editable);
  if (editable) set_cycle_search(data, site.store, c, members, form.search ? *form.search : request.query);
  data.set("organisations_text", form.organisations_text.empty() ? members_text(members) : form.organisations_text);
  data.set("comment", form.comment);
  data.set("actions", actions(account, c, cycle::materials_digest(results)));
  list decisions;
  for (const auto& d : site.staff->cycles.decisions(c.id)) {
    Data row{object{{"edition", std::to_string(d.edition)}, {"approved", d.decision == "approved"}, {"on", day_text(d.at)}}};
    set_if_any(row, "comments", d.comments);
    set_if_any(row, "by", d.user_login);
    decisions.push_back(row);
  }
  data.set("has_decisions", !decisions.empty());
  data.set("decisions", decisions);
  list steps;
  for (const auto& s : site.staff->cycles.steps(c.id)) {
    Data row{object{{"on", day_text(s.at)},
                    {"event", std::string(cycle::title(s.event))},
                    {"to", std::string(cycle::title(s.to))},
                    {"edition", std::to_string(s.edition)}}};
    set_if_any(row, "by", s.user_login);
    set_if_any(row, "step_comment", s.comment);  // not "comment": the page's own would show through
    steps.push_back(row);
  }
  data.set("steps", steps);
  data.set("has_steps", !steps.empty());
  return staff_page(form.status, "cycle", "Независимая оценка " + std::to_string(c.year) + " — " + c.authority, data,
                    request);
}

http::Response result_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                           const CycleRecord& c, const CycleFormState& form) {
  const auto organisation = site.store.find_organisation(request.param("code"));
  bool listed = false;
  if (organisation)
    for (const auto& m : site.staff->cycles.members(c.id)) listed = listed || m.code == organisation->code;
  if (!listed) return not_found(request);
  std::optional<cycle::OrganisationResult> result;
  if (materials_stored(c)) {
    for (auto& r : site.staff->cycles.results(c.id, c.edition))
      if (r.code == organisation->code) result = std::move(r);
  } else {
    result = current_result(site.store, site.staff->cycles, c, site.editions->of_cycle(c.methodology), *organisation);
  }
  Data data;
  set_staff_frame(data, site, request, account);
  set_cycle(data, c, *site.editions);
  set_error(data, form);
  data.set("code", organisation->code);
  data.set("name", organisation->short_name);
  data.set("live", !materials_stored(c));
  if (result) {
    set_criteria_rows(data, "criteria", *site.editions, result->methodology.empty() ? c.methodology : result->methodology,
                      result->scores_json);
    data.set("total", score_text(result->total));
    data.set("deficiencies", result->deficiencies);
    data.set("proposals", result->proposals);
  }
  const auto role = account.user.role;
  const bool admin = role == staff::Role::admin;
  data.set("edit_deficiencies",
           c.state == cycle::State::collecting && (admin || role == staff::Role::survey_operator));
  data.set("edit_proposals", c.state == cycle::State::council && (admin || role == staff::Role::council));
  return staff_page(form.status, "cycle_result", organisation->short_name + " — результаты " + std::to_string(c.year),
                    data, request);
}

}  // namespace nok::web
