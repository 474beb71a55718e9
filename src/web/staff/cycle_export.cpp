// A cycle's export for checking its results: the counted responses (streamed), the
// inspections, the organisations, the methodology edition and the added questionnaires it
// names, each a download of its own
// that `nok score` reads (docs/formats.md).
#include "app/cycle/cycle_export.h"
#include "http/header.h"
#include "web/error_status.h"
#include "web/staff/cycle_view.h"
#include "web/staff/guard.h"
#include "web/staff/pages.h"
#include "web/view.h"

namespace nok::web {
namespace {

using Handler = std::function<http::Response(const CycleRecord&)>;

// The cycle when the account may export it; 404 otherwise, as for a cycle that does not exist.
http::Response exportable(const SiteContext& site, const http::Request& request, const Handler& handler) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    const auto cycle = visible_cycle(site, request, account);
    if (!cycle || !cycle_export::may_export(account.user, *cycle)) return not_found(request);
    return handler(*cycle);
  });
}

http::Response download(http::Response response, std::string_view file_name) {
  response.headers = {{"Content-Disposition", http::content_disposition("attachment", file_name)},
                      {"Cache-Control", "private, no-store"}};
  return response;
}

constexpr std::string_view kCsv = "text/csv; charset=utf-8";

}  // namespace

void add_cycle_export_pages(http::Router& router, const SiteContext& site) {
  router.get("/cycles/{id}/export/responses.csv", [&site](const http::Request& r) {
    return exportable(site, r, [&](const CycleRecord& cycle) {
      SurveyStore& store = site.store;
      auto producer = [&store, id = cycle.id](const http::StreamWriter& write) {
        cycle_export::write_responses(store, id, write);
      };
      return download(http::Response::streamed(std::string(kCsv), std::move(producer)),
                      "Анкеты-" + cycle_export::name_part(cycle) + ".csv");
    });
  });
  router.get("/cycles/{id}/export/expert.csv", [&site](const http::Request& r) {
    return exportable(site, r, [&](const CycleRecord& cycle) {
      return download({200, std::string(kCsv), cycle_export::expert_csv(site.store, cycle.id), {}},
                      "Экспертные-данные-" + cycle_export::name_part(cycle) + ".csv");
    });
  });
  router.get("/cycles/{id}/export/organisations.csv", [&site](const http::Request& r) {
    return exportable(site, r, [&](const CycleRecord& cycle) {
      return download(
          {200, std::string(kCsv), cycle_export::organisations_csv(site.store, site.staff->cycles, cycle.id), {}},
          "Организации-" + cycle_export::name_part(cycle) + ".csv");
    });
  });
  router.get("/cycles/{id}/export/methodology.json", [&site](const http::Request& r) {
    return exportable(site, r, [&](const CycleRecord& cycle) {
      auto text = site.editions->text(cycle.methodology);
      if (!text)
        return message_page(404, "Методика не найдена",
                            "В этой базе нет редакции методики «" + cycle.methodology + "», по которой открыт цикл.", r);
      return download({200, "application/json", std::move(*text), {}}, cycle.methodology + ".json");
    });
  });
  // An added questionnaire the cycle's edition names: the file that edition needs beside it.
  router.get("/cycles/{id}/export/questionnaires/{file}", [&site](const http::Request& r) {
    return exportable(site, r, [&](const CycleRecord& cycle) {
      for (const auto& q : cycle_export::added_questionnaires(site.editions->of_cycle(cycle.methodology)))
        if (q.file == r.param("file"))
          if (auto text = site.editions->text(q.id)) return download({200, "application/json", std::move(*text), {}}, q.file);
      return not_found(r);
    });
  });
}

}  // namespace nok::web
