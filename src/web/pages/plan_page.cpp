// /o/{code}/plan: the organisation's published plan to remove deficiencies in the form of
// ПП РФ № 457 — by criteria I–V, with the measures taken as the organisation reports them.
#include <kainjow/mustache.hpp>

#include "core/time.h"
#include "web/pages/feedback_pages.h"
#include "web/plan_sections.h"
#include "web/view.h"

namespace nok::web {
namespace {

using kainjow::mustache::object;

http::Response plan(const SiteContext& site, const http::Request& request) {
  auto org = site.store.find_organisation(request.param("code"));
  if (!org) return message_page(404, "Организация не найдена", "По этому адресу нет организации.", request);
  const auto items = site.store.published_plan(org->code);
  Data data;
  data.set("code", org->code);
  data.set("short_name", org->short_name);
  data.set("has_plan", !items.empty());
  data.set("sections", plan_sections(
                           items, [](const PlanItem& i) { return i.criterion; },
                           [](const PlanItem& i) {
                             return object{{"deficiency", i.deficiency},
                                           {"measure", i.measure},
                                           {"planned", day_text(i.planned_date)},
                                           {"responsible", i.responsible_name + ", " + i.responsible_position},
                                           {"taken", i.measures_taken},
                                           {"actual", day_text(i.actual_date)}};
                           }));
  return page(200, "plan", "План по устранению недостатков — " + org->short_name, data, request);
}

}  // namespace

void add_plan_page(http::Router& router, const SiteContext& site) {
  router.get("/o/{code}/plan", [&site](const http::Request& r) { return plan(site, r); });
}

}  // namespace nok::web
