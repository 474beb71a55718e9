// The operator's inspection of an organisation (/operator/{code}/expert): stands, site,
// comfort conditions, accessibility for disabled people, remote channels and the waiting
// time — only the inputs of the indicators of the organisation's sphere. The form saves
// over the version it was read at; a stale one changes nothing (409) and shows what is stored.
#include <kainjow/mustache.hpp>

#include <algorithm>
#include <charconv>

#include "app/operator/record_inspection.h"
#include "web/pages/pages.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/operator_desk.h"
#include "web/staff/operator_pages.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;
using methodology::ExpertField;

struct FieldText {
  std::string_view label;
  std::string_view hint;
};

FieldText text_of(ExpertField field) {
  switch (field) {
    case ExpertField::info_stand: return {"Информационные стенды: размещено сведений", "число пунктов перечня, найденных на стендах"};
    case ExpertField::info_stand_required: return {"Информационные стенды: требуется сведений", "число пунктов обязательного перечня"};
    case ExpertField::info_site: return {"Официальный сайт: размещено сведений", "число пунктов перечня, найденных на сайте"};
    case ExpertField::info_site_required: return {"Официальный сайт: требуется сведений", "число пунктов обязательного перечня"};
    case ExpertField::remote_channels: return {"Дистанционные способы взаимодействия", "сколько из 6 работают, от 0 до 6"};
    case ExpertField::comfort_conditions: return {"Комфортные условия предоставления услуг", "сколько из 8 есть, от 0 до 8"};
    case ExpertField::wait_days: return {"Время ожидания предоставления услуги, дней", "можно с дробной частью, например 2,5"};
    case ExpertField::premises_access: return {"Оборудование помещений и территории для инвалидов", "сколько из 5 есть, от 0 до 5"};
    case ExpertField::service_access: return {"Условия доступности услуг для инвалидов наравне с другими", "сколько из 6 есть, от 0 до 6"};
  }
  return {};
}

// A stored value as the form shows it: counts as integers, a waiting time with a decimal comma.
std::string shown(std::optional<double> value) {
  if (!value) return "";
  char buffer[32];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, *value).ptr;
  std::string text(buffer, end);
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

struct ExpertForm {
  InspectionResult result;
  http::Fields posted;  // what the person typed, when the form comes back with errors
  bool saved = false;
};

http::Response form_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                         const ContractOrganisation& organisation, const Collector& collector, const ExpertForm& form) {
  auto org = site.store.find_organisation(organisation.code);
  const std::int64_t cycle_id = collector.cycle_of.find(organisation.code)->second;
  if (!org) return not_found(request);
  const auto stored = site.store.expert_record(org->code, cycle_id);
  // A stale form shows what is stored now; other errors keep what was typed.
  const bool keep_posted = !form.result.errors.empty() && http_status(form.result.errors) != 409;
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("code", org->code);
  data.set("short_name", org->short_name);
  data.set("version", std::to_string(stored ? stored->version : 0));
  if (form.saved) data.set("notice", "Результаты осмотра сохранены.");
  if (http_status(form.result.errors) == 409) data.set("conflict", form.result.errors.front().message);
  list fields;
  std::string first_key;
  for (auto f : inspection_fields(collector, *org)) {
    const std::string key(methodology::key(f));
    if (first_key.empty()) first_key = key;
    const auto [label, hint] = text_of(f);
    object item{{"key", key}, {"label", std::string(label)}, {"hint", std::string(hint)},
                {"value", keep_posted ? std::string(field(form.posted, key)) : shown(stored ? stored->inputs[f] : std::nullopt)},
                {"decimal", f == ExpertField::wait_days}};
    for (const auto& e : form.result.errors)
      if (e.column == key) item["error"] = e.message;
    fields.push_back(item);
  }
  data.set("fields", fields);
  set_errors(data, http_status(form.result.errors) == 409 ? Errors{} : form.result.errors, first_key);
  return staff_page(http_status(form.result.errors), "operator_expert",
                    "Экспертная оценка — " + org->short_name, data, request);
}

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    const auto desk = operator_desk(site, account);
    const auto* organisation = desk.organisation(request.param("code"));
    if (!organisation) return not_found(request);
    ExpertForm form;
    form.saved = request.query_value("saved") == "1";
    return form_page(site, request, account, *organisation, desk.collector, form);
  });
}

http::Response save(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    const auto desk = operator_desk(site, account);
    const auto* organisation = desk.organisation(request.param("code"));
    if (!organisation) return not_found(request);
    InspectionEntry entry{organisation->code, {}, parse_id(field(posted, "version")).value_or(0)};
    for (const auto& [k, v] : posted)
      if (k != "csrf" && k != "version") entry.values.push_back({k, v});
    ExpertForm form{record_inspection(site.store, desk.collector, entry), posted};
    if (form.result.errors.empty()) {
      site.organisation_pages->forget(organisation->code);
      return http::Response::redirect("/operator/" + organisation->code + "/expert?saved=1");
    }
    return form_page(site, request, account, *organisation, desk.collector, form);
  });
}

}  // namespace

void add_operator_expert_pages(http::Router& router, const SiteContext& site) {
  router.get("/operator/{code}/expert", [&site](const http::Request& r) { return show(site, r); });
  router.post("/operator/{code}/expert", [&site](const http::Request& r) { return save(site, r); });
}

}  // namespace nok::web
