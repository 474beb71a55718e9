// The ministry's yearly monitoring for authorities, councils and the federal monitor: the
// page with its drill-down, and the same view as XLSX and CSV, streamed so that a country
// of organisations costs the server a temporary file, not its memory.
#include <kainjow/mustache.hpp>
#include <memory>
#include <stdexcept>

#include "app/monitoring/monitoring_export.h"
#include "core/time.h"
#include "web/error_status.h"
#include "web/staff/guard.h"
#include "web/staff/monitoring_view.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"
#include "web/table_download.h"

namespace nok::web {
namespace {

using Report = monitoring::Report;

Result<Report> report_for(const SiteContext& site, const http::Request& request, const StaffAccount& account) {
  return monitoring::load_report(monitoring::ports_of(*site.staff->monitoring, site.store, site.staff->accounts),
                                 account.user, monitoring_parameters(request), current_year());
}

http::Response refusal_page(const Error& error, const http::Request& request) {
  if (error.kind == ErrorKind::not_found) return not_found(request);
  const bool forbidden = error.kind == ErrorKind::forbidden;
  return message_page(static_cast<int>(http_status(error)), forbidden ? "Нет доступа" : "Неверные параметры",
                      error.message, request);
}

http::Response monitoring_page(const SiteContext& site, const http::Request& request, const StaffAccount& account) {
  const auto report = report_for(site, request, account);
  if (!report) return refusal_page(report.error(), request);
  Data data;
  set_staff_frame(data, site, request, account);
  set_monitoring_data(data, *report, iso_utc_now().substr(0, 10));
  return staff_page(200, "monitoring", "Мониторинг за " + std::to_string(report->filter.year) + " год", data, request);
}

http::Response download(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                        TableFormat format) {
  auto report = report_for(site, request, account);
  if (!report) return refusal_page(report.error(), request);
  auto shared = std::make_shared<const Report>(std::move(*report));
  MonitoringStore& store = *site.staff->monitoring;
  const bool xlsx = format == TableFormat::xlsx;
  // The producer runs on a worker thread after this handler returns: it owns the report
  // and writes the file as the client reads it.
  auto producer = [&store, shared, xlsx](const http::StreamWriter& write) {
    const monitoring::ByteSink sink = [&write](std::string_view bytes) { write(bytes); };
    if (!xlsx) return monitoring::write_csv(store, *shared, sink);
    if (auto written = monitoring::write_xlsx(store, *shared, sink); !written)
      throw std::runtime_error(written.error().message);  // cuts the download short: no one takes it for whole
  };
  return table_download(format, monitoring::file_name(*shared, xlsx ? "xlsx" : "csv"), std::move(producer));
}

}  // namespace

void add_monitoring_pages(http::Router& router, const SiteContext& site) {
  if (!site.staff->monitoring) return;
  router.get("/monitoring", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return monitoring_page(site, r, a); });
  });
  router.get("/monitoring.xlsx", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return download(site, r, a, TableFormat::xlsx); });
  });
  router.get("/monitoring.csv", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return download(site, r, a, TableFormat::csv); });
  });
}

}  // namespace nok::web
