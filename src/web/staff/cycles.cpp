// Assessment cycles: the authority opens a year, engages the operator and lists
// organisations; the operator hands materials to the council; the council approves or
// returns them and writes its proposals; the authority publishes. One page per cycle
// serves every role, offering only the steps the person may take; everything is checked
// again on the server (app/cycle) and answered 404 outside the person's scope.
#include <kainjow/mustache.hpp>

#include "app/cycle/cycle_actions.h"
#include "core/file_name.h"
#include "core/time.h"
#include "domain/registry/sphere.h"
#include "http/header.h"
#include "print/protocol.h"
#include "web/session.h"
#include "web/staff/cycle_search.h"
#include "web/staff/cycle_view.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// A version or id from a form; 0 (never valid) when malformed.
std::int64_t number(std::string_view text) { return parse_id(text).value_or(0); }

bool sees_all(const StaffAccount& a) { return a.user.role == staff::Role::admin || a.user.role == staff::Role::monitor; }

http::Response list_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                         const CycleForm& typed, const std::optional<Error>& error) {
  const auto role = account.user.role;
  if (role == staff::Role::org_staff) return not_found(request);
  const std::int64_t authority = sees_all(account) || role == staff::Role::survey_operator ? 0 : account.user.authority_id;
  const std::int64_t operator_id = role == staff::Role::survey_operator ? account.user.operator_id : 0;
  Data data;
  set_staff_frame(data, site, request, account);
  list cycles;
  for (const auto& c : site.staff->cycles.cycles(authority, operator_id))
    cycles.push_back(object{{"id", std::to_string(c.id)},
                            {"year", std::to_string(c.year)},
                            {"authority", c.authority},
                            {"state", std::string(cycle::title(c.state))},
                            {"organisations", std::to_string(c.organisations)},
                            {"operator", c.operator_name.empty() ? std::string("—") : c.operator_name}});
  data.set("cycles", cycles);
  data.set("has_cycles", !cycles.empty());
  data.set("can_create", role == staff::Role::official);
  data.set("next_year", typed.year.empty() ? std::to_string(current_year()) : typed.year);
  data.set("operator_name", typed.operator_name);
  list editions;
  for (const auto& e : site.editions->choices())
    editions.push_back(object{
        {"id", e.id},
        {"title", e.added_at.empty() ? e.title : e.title + " (добавлено " + e.added_at.substr(0, 10) + ")"},
        {"selected", e.id == typed.methodology}});
  data.set("editions", editions);
  list spheres;
  for (auto s : all_spheres())
    spheres.push_back(object{{"code", std::string(code(s))},
                             {"title", std::string(title(s))},
                             {"checked", typed.spheres.find(code(s)) != std::string::npos}});
  data.set("sphere_options", spheres);
  if (error) {
    data.set("has_error", true);
    data.set("error", error->message);
    data.set("error_field", error->column.empty() ? std::string("year") : error->column);
  }
  return staff_page(error ? http_status(*error) : 200, "cycles", "Циклы независимой оценки", data, request);
}

http::Response create(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    CycleForm form{std::string(field(posted, "year")), "", std::string(field(posted, "operator")),
                   std::string(field(posted, "methodology"))};
    for (const auto& [name, value] : posted)
      if (name == "sphere") form.spheres += (form.spheres.empty() ? "" : ",") + value;
    auto created = create_cycle(site.staff->cycles, site.staff->accounts, *site.editions, account.user, form);
    if (created) return http::Response::redirect("/cycles/" + std::to_string(*created));
    return list_page(site, request, account, form, created.error());
  });
}

// Runs `change` on the cycle of the route for whoever may see it; success goes back to
// the page (with `notice`), a refusal re-renders it with the error and what was typed.
http::Response change(const SiteContext& site, const http::Request& request,
                      const std::function<Result<Ok>(const StaffAccount&, const CycleRecord&, const http::Fields&,
                                                     CycleFormState&)>& apply) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    const auto cycle = visible_cycle(site, request, account);
    if (!cycle) return not_found(request);
    CycleFormState form;
    auto done = apply(account, *cycle, posted, form);
    if (done) return http::Response::redirect("/cycles/" + std::to_string(cycle->id) + "?done=1");
    form.status = http_status(done.error());
    form.error = done.error();
    return cycle_page(site, request, account, *site.staff->cycles.find_cycle(cycle->id), form);
  });
}

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    const auto cycle = visible_cycle(site, request, account);
    if (!cycle) return not_found(request);
    CycleFormState form;
    if (request.query_value("done") == "1") form.notice = "Сохранено.";
    return cycle_page(site, request, account, *cycle, form);
  });
}

http::Response step(const SiteContext& site, const http::Request& request) {
  return change(site, request, [&](const StaffAccount& a, const CycleRecord& c, const http::Fields& posted,
                                   CycleFormState& form) -> Result<Ok> {
    form.comment = field(posted, "comment");
    const auto event = cycle::parse_event(field(posted, "event"));
    if (!event) return Error{"bad_event", "Неизвестное действие."};
    return take_step(site.staff->cycles, site.store, a.user, c, site.editions->of_cycle(c.methodology),
                     {*event, number(field(posted, "version")), form.comment, std::string(field(posted, "digest"))});
  });
}

http::Response set_operator(const SiteContext& site, const http::Request& request) {
  return change(site, request, [&](const StaffAccount& a, const CycleRecord& c, const http::Fields& posted,
                                   CycleFormState&) -> Result<Ok> {
    return engage_operator(site.staff->cycles, site.staff->accounts, a.user, c, field(posted, "operator"),
                           number(field(posted, "version")));
  });
}

http::Response set_organisations(const SiteContext& site, const http::Request& request) {
  return change(site, request, [&](const StaffAccount& a, const CycleRecord& c, const http::Fields& posted,
                                   CycleFormState& form) -> Result<Ok> {
    form.organisations_text = field(posted, "organisations");
    auto listed = list_organisations(site.staff->cycles, site.store, a.user, c, site.editions->of_cycle(c.methodology),
                                     form.organisations_text,
                                     number(field(posted, "version")));
    if (!listed) return listed.error();
    return Ok{};
  });
}

// The organisations chosen in the page's search, or every one it finds, added to the list.
http::Response add_organisations(const SiteContext& site, const http::Request& request) {
  return change(site, request, [&](const StaffAccount& a, const CycleRecord& c, const http::Fields& posted,
                                   CycleFormState& form) -> Result<Ok> {
    form.search = posted;
    std::vector<std::string> codes;
    if (field(posted, "all") == "1") {
      codes = every_found(site.store, c, posted);
    } else {
      for (const auto& [name, value] : posted)
        if (name == "code") codes.push_back(value);
    }
    auto added = nok::add_organisations(site.staff->cycles, site.store, a.user, c, site.editions->of_cycle(c.methodology), codes,
                                        number(field(posted, "version")));
    if (!added) return added.error();
    return Ok{};
  });
}

http::Response show_result(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    const auto cycle = visible_cycle(site, request, account);
    if (!cycle) return not_found(request);
    CycleFormState form;
    if (request.query_value("done") == "1") form.notice = "Сохранено.";
    return result_page(site, request, account, *cycle, form);
  });
}

http::Response save_result(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    const auto cycle = visible_cycle(site, request, account);
    if (!cycle) return not_found(request);
    const bool deficiencies = field(posted, "field") == "deficiencies";
    auto saved = save_result_text(site.staff->cycles, site.store, account.user, *cycle, request.param("code"),
                                  deficiencies ? ResultText::deficiencies : ResultText::proposals,
                                  field(posted, "text"), number(field(posted, "version")));
    if (saved)
      return http::Response::redirect("/cycles/" + std::to_string(cycle->id) + "/o/" +
                                      std::string(request.param("code")) + "?done=1");
    if (saved.error().code == "not_in_cycle") return not_found(request);
    CycleFormState form{static_cast<int>(http_status(saved.error())), saved.error()};
    return result_page(site, request, account, *site.staff->cycles.find_cycle(cycle->id), form);
  });
}

http::Response protocol(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    const auto cycle = visible_cycle(site, request, account);
    if (!cycle) return not_found(request);
    const auto decisions = site.staff->cycles.decisions(cycle->id);
    if (decisions.empty()) return not_found(request);
    const auto& d = decisions.back();
    print::Protocol p{cycle->authority, cycle->year, d.edition, d.decision == "approved", d.comments,
                      day_text(d.at), d.user_login, d.digest, site.staff->cycles.results(cycle->id, d.edition)};
    auto pdf = print::render_protocol(p);
    if (!pdf) return message_page(500, "Протокол не построен", pdf.error().message, request);
    http::Response response{200, "application/pdf", std::move(*pdf), {}};
    response.headers.emplace_back("Content-Disposition",
                                  http::content_disposition("inline", "Протокол-совета-" + file_name_part(cycle->authority) +
                                                                          "-" + std::to_string(cycle->year) + "-редакция-" +
                                                                          std::to_string(d.edition) + ".pdf"));
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
  });
}

}  // namespace

void add_cycle_pages(http::Router& router, const SiteContext& site) {
  router.get("/cycles", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return list_page(site, r, a, {}, std::nullopt); });
  });
  router.post("/cycles", [&site](const http::Request& r) { return create(site, r); });
  router.get("/cycles/{id}", [&site](const http::Request& r) { return show(site, r); });
  router.post("/cycles/{id}/step", [&site](const http::Request& r) { return step(site, r); });
  router.post("/cycles/{id}/operator", [&site](const http::Request& r) { return set_operator(site, r); });
  router.post("/cycles/{id}/organisations", [&site](const http::Request& r) { return set_organisations(site, r); });
  router.post("/cycles/{id}/organisations/add", [&site](const http::Request& r) { return add_organisations(site, r); });
  router.get("/cycles/{id}/protocol.pdf", [&site](const http::Request& r) { return protocol(site, r); });
  router.get("/cycles/{id}/o/{code}", [&site](const http::Request& r) { return show_result(site, r); });
  router.post("/cycles/{id}/o/{code}", [&site](const http::Request& r) { return save_result(site, r); });
}

}  // namespace nok::web
