// The official results of an organisation (/o/{code}/results): every indicator of every
// published edition, newest first, so a correction never hides what was published
// before it (Приказ Минфина № 66н: values, deficiencies, proposals).
#include <kainjow/mustache.hpp>

#include "core/time.h"
#include "web/pages/pages.h"
#include "web/pages/results_view.h"
#include "web/pages/wording.h"
#include "web/staff/staff_context.h"
#include "web/view.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

http::Response results(const SiteContext& site, const http::Request& request) {
  const auto org = site.store.find_organisation(request.param("code"));
  if (!org || !site.staff)
    return message_page(404, "Организация не найдена", "По этому адресу нет организации.", request);
  Data data;
  data.set("code", org->code);
  data.set("short_name", org->short_name);
  list editions;
  for (const auto& p : site.staff->cycles.published_results(org->code)) {
    Data e;
    e.set("year", std::to_string(p.year));
    e.set("edition", std::to_string(p.edition));
    e.set("corrected", p.edition > 1);
    e.set("superseded", !p.current);
    e.set("published_on", day_text(p.published_at));
    e.set("authority", p.authority);
    e.set("total", score_text(p.result.total));
    const auto* edition = site.editions->find(p.result.methodology);
    e.set("methodology", edition ? edition->title : "методика «" + p.result.methodology + "»");
    set_published_precision(e, *site.editions, p, org->sphere);
    set_criteria_rows(e, "criteria", *site.editions, p.result.methodology, p.result.scores_json);
    set_if_any(e, "deficiencies", p.result.deficiencies);
    set_if_any(e, "proposals", p.result.proposals);
    editions.push_back(e);
  }
  data.set("editions", editions);
  data.set("has_editions", !editions.empty());
  return page(200, "results", "Результаты независимой оценки — " + org->short_name, data, request);
}

}  // namespace

void add_results_pages(http::Router& router, const SiteContext& site) {
  router.get("/o/{code}/results", [&site](const http::Request& r) { return results(site, r); });
}

}  // namespace nok::web
