// The authority's yearly report to the federal ministry as Word and PDF
// (/monitoring/report.docx and .pdf?year=&authority=), for staff who read the authority's
// reports and for API clients with a token (web/staff/monitoring_reader.h).
#include <stdexcept>

#include "app/monitoring/report_facts.h"
#include "core/time.h"
#include "http/header.h"
#include "web/api/json_io.h"
#include "web/error_status.h"
#include "web/staff/guard.h"
#include "web/staff/monitoring_reader.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"
#include "web/staff/yearly_report_document.h"

namespace nok::web {
namespace {

struct Format {
  std::string_view extension;
  std::string_view content_type;
  Result<std::string> (*render)(const monitoring::YearlyReport&);
};

constexpr Format kDocx{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       &yearly_report_docx};
constexpr Format kPdf{"pdf", "application/pdf", &yearly_report_pdf};

http::Response refused(const Error& error, bool by_token, const http::Request& request) {
  if (by_token) return errors_response({error});
  if (error.kind == ErrorKind::not_found) return not_found(request);
  return message_page(static_cast<int>(http_status(error)),
                      error.kind == ErrorKind::forbidden ? "Нет доступа" : "Неверные параметры", error.message, request);
}

http::Response download(const SiteContext& site, const http::Request& request, const Format& format) {
  return for_reader(site, request, [&](const staff::StaffUser& reader, bool by_token) {
    if (!site.staff->monitoring) return not_found(request);
    const auto year = monitoring::report_year(request.query_value("year"), current_year());
    if (!year) return refused(year.error(), by_token, request);
    const auto authority = monitoring::report_authority(reader, request.query_value("authority"));
    if (!authority) return refused(authority.error(), by_token, request);
    const auto facts = monitoring::load_report_facts(*site.staff->monitoring, site.staff->popularisation, *authority,
                                                     *year, iso_utc_now());
    if (!facts) return refused(facts.error(), by_token, request);
    auto bytes = format.render(monitoring::build_yearly_report(*facts));
    if (!bytes) throw std::runtime_error(bytes.error().message);  // ours, not the reader's: 500
    http::Response response;
    response.content_type = std::string(format.content_type);
    response.body = std::move(*bytes);
    const auto name = monitoring::yearly_report_file_name(facts->authority, *year) + "." + std::string(format.extension);
    response.headers = {{"Content-Disposition", http::content_disposition("attachment", name)},
                        {"Cache-Control", "private, no-store"}};
    return response;
  });
}

}  // namespace

void add_monitoring_report_pages(http::Router& router, const SiteContext& site) {
  router.get("/monitoring/report.docx", [&site](const http::Request& r) { return download(site, r, kDocx); });
  router.get("/monitoring/report.pdf", [&site](const http::Request& r) { return download(site, r, kPdf); });
}

}  // namespace nok::web
