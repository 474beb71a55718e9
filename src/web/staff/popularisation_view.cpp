#include "web/staff/popularisation_view.h"

#include <kainjow/mustache.hpp>

#include "app/popularisation/effect.h"
#include "core/time.h"
#include "web/error_status.h"
#include "web/pages/citizen_form.h"
#include "web/session.h"
#include "web/staff/form_errors.h"
#include "web/staff/guard.h"
#include "web/staff/popularisation_effect_text.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;
namespace pop = popularisation;

std::string type_title(std::string_view code) {
  const auto type = pop::find_measure_type(code);
  return type ? std::to_string(type->number) + ". " + std::string(type->title) : std::string(code);
}

list status_options(pop::Status current) {
  list out;
  for (const auto s : pop::kStatuses)
    out.push_back(object{
        {"value", std::string(pop::code(s))}, {"title", std::string(pop::title(s))}, {"selected", s == current}});
  return out;
}

object measure_row(PopularisationStore& store, const PopularisationMeasure& m, bool editable) {
  list effect;
  for (auto& line : effect_lines(pop::measure_effect(store, m))) effect.push_back(line);
  object row{{"id", std::to_string(m.id)},
             {"type", type_title(m.draft.type)},
             {"title", m.draft.title},
             {"starts", day_text(m.draft.starts_on)},
             {"ends", day_text(m.draft.ends_on)},
             {"responsible", m.draft.responsible},
             {"status", std::string(pop::title(m.status))},
             {"effect", effect},
             {"editable", editable}};
  // Stored links passed check_measure: http or https only.
  if (!m.draft.evidence_url.empty()) row["evidence"] = m.draft.evidence_url;
  if (editable) row["statuses"] = status_options(m.status);
  return row;
}

// The measure form: what was posted when it came back with errors, else the measure it
// changes, else nothing.
void set_measure_form(Data& data, const PlanSubject& subject, const PlanForm& form,
                      const std::vector<PopularisationMeasure>& measures) {
  http::Fields shown = form.posted;
  if (shown.empty() && form.editing != 0)
    for (const auto& m : measures)
      if (m.id == form.editing)
        shown = {{"type", m.draft.type},
                 {"title", m.draft.title},
                 {"starts_on", m.draft.starts_on},
                 {"ends_on", m.draft.ends_on},
                 {"responsible", m.draft.responsible},
                 {"evidence_url", m.draft.evidence_url}};
  const Errors& errors = form.error_suffix.empty() ? form.errors : Errors{};
  list types;
  for (const auto& t : pop::measure_types())
    types.push_back(object{{"value", std::string(t.code)},
                           {"title", std::to_string(t.number) + ". " + std::string(t.title)},
                           {"selected", field(shown, "type") == t.code}});
  data.set("types", types);
  for (const auto key : {"type", "starts_on", "ends_on"}) {
    data.set(std::string(key) + "_value", std::string(field(shown, key)));
    set_if_any(data, std::string(key) + "_error", field_error(errors, key));
  }
  data.set("title_field",
           text_field("title", "Мероприятие", "Что именно делается: например, «Публикация в группе района ВКонтакте».",
                      pop::kTitleMax, false, false, shown, errors));
  data.set("responsible_field",
           text_field("responsible", "Ответственный", "Фамилия и инициалы, должность или подразделение.",
                      pop::kResponsibleMax, false, false, shown, errors));
  data.set("evidence_field", text_field("evidence_url", "Ссылка на подтверждение",
                                        "Адрес публикации, записи или фотоотчёта, начинается с https:// или http://.",
                                        pop::kEvidenceMax, false, true, shown, errors));
  const bool editing = form.editing != 0;
  data.set("form_action", editing ? plan_url(subject, "/" + std::to_string(form.editing)) : plan_url(subject));
  data.set("form_heading", std::string(editing ? "Изменить мероприятие" : "Добавить мероприятие"));
  data.set("form_button", std::string(editing ? "Сохранить изменения" : "Добавить в план"));
  data.set("editing", editing);
}

}  // namespace

http::Response plan_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                         const PlanSubject& subject, const PlanForm& form) {
  auto& store = *site.staff->popularisation;
  Data data;
  set_staff_frame(data, site, request, account);
  const auto id = std::to_string(subject.authority.id);
  data.set("authority_id", id);
  data.set("authority_name", subject.authority.name);
  data.set("year", std::to_string(subject.year));
  data.set("plan_url", plan_url(subject));
  data.set("xlsx_url", plan_url(subject, ".xlsx"));
  data.set("csv_url", plan_url(subject, ".csv"));
  list years;
  for (int y = current_year() + 1; y >= current_year() - 3; --y)
    years.push_back(object{{"year", std::to_string(y)},
                           {"url", "/authorities/" + id + "/popularisation?year=" + std::to_string(y)},
                           {"current", y == subject.year}});
  data.set("years", years);
  const auto measures = store.measures(subject.authority.id, subject.year);
  list rows;
  for (const auto& m : measures) rows.push_back(measure_row(store, m, subject.editable));
  data.set("measures", rows);
  data.set("has_measures", !rows.empty());
  data.set("editable", subject.editable);
  set_if_any(data, "notice", form.notice);
  set_form_errors(data, form.errors, form.error_suffix);
  if (subject.editable) set_measure_form(data, subject, form, measures);
  const int status = form.errors.empty() ? 200 : static_cast<int>(http_status(form.errors));
  const std::string title = "План мероприятий по популяризации на " + std::to_string(subject.year) + " год";
  return staff_page(status, "popularisation_plan", (form.errors.empty() ? "" : "Ошибка: ") + title, data, request);
}

}  // namespace nok::web
