// /monitoring/websites: which organisations' websites carry a working НОК block, by
// authority, municipality and sphere, with the list of those to write to — and the same as
// CSV and XLSX.
#include <kainjow/mustache.hpp>
#include <stdexcept>

#include "app/registry/reference_data.h"
#include "app/website/website_coverage.h"
#include "core/file_name.h"
#include "core/number_text.h"
#include "core/time.h"
#include "domain/registry/region_code.h"
#include "domain/website/verdict.h"
#include "web/staff/guard.h"
#include "web/staff/official_scope.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"
#include "web/table_download.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr std::size_t kFailuresShown = 500;  // the rest are in the downloads

object group_row(const CoverageGroup& g) {
  return object{{"name", g.name},
                {"organisations", std::to_string(g.organisations)},
                {"with_website", std::to_string(g.with_website)},
                {"checked", std::to_string(g.checked)},
                {"ok", std::to_string(g.ok)},
                {"share", text::percent_text(g.share())}};
}

list group_rows(const std::vector<CoverageGroup>& groups) {
  list out;
  for (const auto& g : groups) out.push_back(group_row(g));
  return out;
}

// The scope and rows a request asks for, or nullopt (404) outside the person's scope.
std::optional<std::vector<WebsiteCoverageRow>> rows_for(const SiteContext& site, const http::Request& request,
                                                        const StaffAccount& account) {
  const auto scope = official_scope(account, request);
  const auto region = request.query_value("region");
  if (!scope || !valid_region_filter(region) || !site.staff->websites) return std::nullopt;
  return site.staff->websites->coverage(scope->authority_id, region);
}

http::Response page(const SiteContext& site, const http::Request& request, const StaffAccount& account) {
  const auto rows = rows_for(site, request, account);
  if (!rows) return not_found(request);
  const auto coverage = website_coverage(*rows);
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("total", group_row(coverage.total));
  list verdicts;
  for (const auto& [name, n] : coverage.total.verdicts)
    if (const auto verdict = website::parse_verdict(name))
      verdicts.push_back(object{{"title", std::string(website::title(*verdict))}, {"count", std::to_string(n)}});
  data.set("verdicts", verdicts);
  data.set("several_authorities", coverage.by_authority.size() > 1);
  data.set("by_authority", group_rows(coverage.by_authority));
  data.set("by_municipality", group_rows(coverage.by_municipality));
  data.set("by_sphere", group_rows(coverage.by_sphere));
  list failures;
  for (const auto& row : coverage.failures) {
    if (failures.size() >= kFailuresShown) break;
    failures.push_back(object{
        {"code", row.code},
        {"name", row.short_name},
        {"municipality", row.municipality},
        {"website", row.website},
        {"state", coverage_state(row)},
        {"reason", row.last.reason},
        {"checked", row.last.checked_at.empty() ? std::string() : day_text(row.last.checked_at)}});
  }
  data.set("failures", failures);
  data.set("has_failures", !coverage.failures.empty());
  data.set("failures_cut", coverage.failures.size() > kFailuresShown);
  data.set("failures_count", std::to_string(coverage.failures.size()));
  // The downloads carry the page's filters; both were checked above (a region code, an
  // authority the person may see).
  const auto region = request.query_value("region");
  const auto authority = request.query_value("authority");
  std::string query;
  if (!region.empty()) query += "region=" + http::percent_encode(region);
  if (!authority.empty()) query += std::string(query.empty() ? "" : "&") + "authority=" + http::percent_encode(authority);
  data.set("query", query.empty() ? std::string() : "?" + query);
  list regions;
  for (const auto& r : known_regions())
    regions.push_back(object{{"code", r.code}, {"name", r.name}, {"selected", r.code == region}});
  data.set("regions", regions);
  set_if_any(data, "authority", authority);
  return staff_page(200, "monitoring_websites", "Блок НОК на сайтах организаций", data, request);
}

http::Response download(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                        TableFormat format) {
  auto rows = rows_for(site, request, account);
  if (!rows) return not_found(request);
  const bool xlsx = format == TableFormat::xlsx;
  auto shared = std::make_shared<const std::vector<WebsiteCoverageRow>>(std::move(*rows));
  const std::string name = "Сайты-организаций-блок-НОК-" + iso_utc_now().substr(0, 10) + (xlsx ? ".xlsx" : ".csv");
  return table_download(format, name, [shared, xlsx](const http::StreamWriter& write) {
    const CoverageSink sink = [&write](std::string_view bytes) { write(bytes); };
    if (!xlsx) return write_coverage_csv(*shared, sink);
    if (auto written = write_coverage_xlsx(*shared, sink); !written)
      throw std::runtime_error(written.error().message);  // cuts the download short
  });
}

}  // namespace

void add_website_coverage_pages(http::Router& router, const SiteContext& site) {
  if (!site.staff->websites) return;
  router.get("/monitoring/websites", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return page(site, r, a); });
  });
  router.get("/monitoring/websites.csv", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return download(site, r, a, TableFormat::csv); });
  });
  router.get("/monitoring/websites.xlsx", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return download(site, r, a, TableFormat::xlsx); });
  });
}

}  // namespace nok::web
