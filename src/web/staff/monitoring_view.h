#pragma once
// The monitoring page's data from a report: the filter form, the breadcrumbs of the
// drill-down, a table per section with the change against last year, the charts and the
// calendar of deadlines.
#include <string>
#include <string_view>

#include "app/monitoring/monitoring_report.h"
#include "http/message.h"
#include "web/view.h"

namespace nok::web {

// The page's query parameters as the use case takes them.
monitoring::Parameters monitoring_parameters(const http::Request& request);

// "year=2026&region=77&authority=5&municipality=%D0%A2…": the filter as a query string, in
// one order, so that a link, the exports and the bookmark name the same view.
std::string monitoring_query(const MonitoringFilter& filter);

// Everything templates/monitoring.mustache shows but the staff frame; `today` is an ISO
// date for the deadlines.
void set_monitoring_data(Data& data, const monitoring::Report& report, std::string_view today);

}  // namespace nok::web
