// An authority's texts for its yearly report (/monitoring/notes?year=&authority=): its
// officials write them; its council, the monitor and administrators read them here and in
// the report. Links to the report's downloads for the same year.
#include <kainjow/mustache.hpp>

#include "app/monitoring/authority_notes.h"
#include "app/monitoring/report_facts.h"
#include "core/text.h"
#include "core/time.h"
#include "web/error_status.h"
#include "web/pages/citizen_form.h"
#include "web/session.h"
#include "web/staff/form_errors.h"
#include "web/staff/guard.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// The authority and year the page is about, checked for the person; or the answer to give.
struct Subject {
  std::int64_t authority_id = 0;
  std::string authority_name;
  int year = 0;
};

std::variant<Subject, http::Response> subject_of(const SiteContext& site, const http::Request& request,
                                                 const StaffAccount& account) {
  const auto year = monitoring::report_year(request.query_value("year"), current_year());
  if (!year) return message_page(400, "Неверные параметры", year.error().message, request);
  const auto authority = monitoring::report_authority(account.user, request.query_value("authority"));
  if (!authority) {
    if (authority.error().kind == ErrorKind::not_found || authority.error().kind == ErrorKind::forbidden)
      return not_found(request);
    return message_page(400, "Неверные параметры", authority.error().message, request);
  }
  for (const auto& c : site.staff->monitoring->calendar({.year = *year, .authority_id = *authority}))
    if (c.authority_id == *authority) return Subject{*authority, c.authority_name, *year};
  return not_found(request);
}

list paragraphs(std::string_view text) {
  list out;
  for (auto line : text::split(text, '\n'))
    if (const auto trimmed = text::trim(line); !trimmed.empty()) out.push_back(std::string(trimmed));
  return out;
}

http::Response notes_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                          const Subject& subject, const http::Fields& posted, const Errors& errors) {
  Data data;
  set_staff_frame(data, site, request, account);
  const auto notes = site.staff->monitoring->notes(subject.authority_id, subject.year);
  data.set("year", std::to_string(subject.year));
  data.set("previous_year", std::to_string(subject.year - 1));
  data.set("authority", std::to_string(subject.authority_id));
  data.set("authority_name", subject.authority_name);
  list years;
  for (int y = current_year() + 1; y >= current_year() - 3; --y)
    years.push_back(object{{"year", std::to_string(y)}, {"current", y == subject.year}});
  data.set("years", years);
  if (request.query_value("saved") == "1" && errors.empty()) data.set("saved", true);
  set_if_any(data, "updated_at", notes.updated_at.empty() ? "" : day_text(notes.updated_at));
  const bool editable = can(account.user, staff::Action::edit, staff::AuthorityNotes{subject.authority_id});
  data.set("editable", editable);
  if (editable) {
    // The stored texts unless a form came back with errors: then what was posted.
    const http::Fields shown = posted.empty() ? http::Fields{{"results_use", notes.results_use},
                                                             {"popularisation", notes.popularisation}}
                                              : posted;
    const std::string limit = "Не длиннее 10 000 символов.";
    data.set("results_use", text_field("results_use", "Использование результатов в управленческой и организационно-кадровой работе",
                                       "Какие решения приняты по итогам оценки: поручения руководителям, изменения в "
                                       "оценке работы и стимулировании, кадровые решения, включение показателей в "
                                       "планы. " + limit,
                                       monitoring::kMaxNotesLetters, true, false, shown, errors));
    data.set("popularisation", text_field("popularisation", "Работа по популяризации независимой оценки",
                                          "Что сделано, чтобы граждане знали об оценке и участвовали в ней: публикации, "
                                          "встречи, рассылки, работа с организациями. " + limit,
                                          monitoring::kMaxNotesLetters, true, false, shown, errors));
    set_form_errors(data, errors);
  } else {
    if (auto p = paragraphs(notes.results_use); !p.empty()) data.set("results_use_text", p);
    if (auto p = paragraphs(notes.popularisation); !p.empty()) data.set("popularisation_text", p);
  }
  const int status = errors.empty() ? 200 : static_cast<int>(http_status(errors));
  return staff_page(status, "monitoring_notes", "Сведения для отчёта за " + std::to_string(subject.year) + " год", data,
                    request);
}

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    if (!site.staff->monitoring) return not_found(request);
    auto subject = subject_of(site, request, account);
    if (auto* answer = std::get_if<http::Response>(&subject)) return std::move(*answer);
    return notes_page(site, request, account, std::get<Subject>(subject), {}, {});
  });
}

http::Response save(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& form) {
    if (!site.staff->monitoring) return not_found(request);
    auto found = subject_of(site, request, account);
    if (auto* answer = std::get_if<http::Response>(&found)) return std::move(*answer);
    const auto& subject = std::get<Subject>(found);
    if (!can(account.user, staff::Action::edit, staff::AuthorityNotes{subject.authority_id}))
      return message_page(403, "Нет доступа", "Сведения для отчёта вносят сотрудники уполномоченного органа.", request);
    const MonitoringNotes notes{std::string(field(form, "results_use")), std::string(field(form, "popularisation")), ""};
    const auto saved =
        monitoring::save_authority_notes(*site.staff->monitoring, account.user, subject.authority_id, subject.year, notes);
    if (!saved)
      return notes_page(site, request, account, subject,
                        {{"results_use", notes.results_use}, {"popularisation", notes.popularisation}}, {saved.error()});
    return http::Response::redirect("/monitoring/notes?year=" + std::to_string(subject.year) +
                                    "&authority=" + std::to_string(subject.authority_id) + "&saved=1");
  });
}

}  // namespace

void add_monitoring_notes_pages(http::Router& router, const SiteContext& site) {
  router.get("/monitoring/notes", [&site](const http::Request& r) { return show(site, r); });
  router.post("/monitoring/notes", [&site](const http::Request& r) { return save(site, r); });
}

}  // namespace nok::web
