// Every poster of a region or an authority as one ZIP: a page to choose the
// scope and the format, and the archive itself, streamed as it is rendered so that 5,000
// posters cost the server one poster's memory. Only organisations assessed this year are
// printed: the QR codes of the others are not active.
#include <kainjow/mustache.hpp>
#include <stdexcept>

#include "app/print/organisation_pages.h"
#include "app/registry/reference_data.h"
#include "core/file_name.h"
#include "core/time.h"
#include "http/header.h"
#include "print/document.h"
#include "print/zip_writer.h"
#include "web/staff/guard.h"
#include "domain/registry/region_code.h"
#include "web/staff/official_scope.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr std::size_t kMaxZipEntries = 65535;  // classic ZIP (print/zip_writer.h)

// The region's name; nullopt for a code the reference data does not know.
std::optional<std::string> region_name(std::string_view code) {
  for (const auto& r : known_regions())
    if (r.code == code) return r.name;
  return std::nullopt;
}

// "Плакаты-Минздрав-Пензенской-области-A4.zip", "Наклейки-Пензенская-область.zip",
// "Листовки-Пензенская-область-A5.zip".
std::string archive_name(print::DocumentKind kind, std::string_view scope) {
  const auto words = file_name_part(scope);
  const std::string of = words.empty() ? "" : "-" + words;
  switch (kind) {
    case print::DocumentKind::a4: return "Плакаты" + of + "-A4.zip";
    case print::DocumentKind::a3: return "Плакаты" + of + "-A3.zip";
    case print::DocumentKind::labels: return "Наклейки" + of + ".zip";
    case print::DocumentKind::ticket: return "Талоны" + of + ".zip";
    case print::DocumentKind::leaflet: return "Листовки" + of + "-A5.zip";
  }
  return "Документы" + of + ".zip";
}

http::Response bad_request(const std::string& message, const http::Request& request) {
  return message_page(400, "Неверные параметры", message, request);
}

http::Response form_page(const SiteContext& site, const http::Request& request, const StaffAccount& account) {
  const auto scope = official_scope(account, request);
  if (!scope) return not_found(request);
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("year", std::to_string(current_year()));
  const bool whole_authority = scope->authority_id != 0;
  data.set("whole_authority", whole_authority);
  if (whole_authority && request.query_value("authority").empty()) data.set("authority_name", account.scope_name);
  if (whole_authority) data.set("authority_kit", "/authorities/" + std::to_string(scope->authority_id) + "/web-block");
  set_if_any(data, "authority", request.query_value("authority"));
  list regions;
  for (const auto& r : known_regions()) regions.push_back(object{{"code", r.code}, {"name", r.name}});
  data.set("regions", regions);
  return staff_page(200, "official_posters", "Плакаты одним архивом", data, request);
}

// Renders the scope's posters into a ZIP written straight into the response.
http::StreamProducer zip_of(Store& store, std::vector<std::string> codes, print::DocumentOptions options) {
  return [&store, codes = std::move(codes), options = std::move(options)](const http::StreamWriter& write) {
    print::ZipWriter zip([&write](std::string_view bytes) { write(bytes); });
    auto written = print::write_bundle(zip, organisation_pages(store, codes), options, [](std::size_t) {});
    if (!written) throw std::runtime_error(written.error().message);  // cuts the download short
  };
}

http::Response posters_zip(const SiteContext& site, const print::PrintConfig& config, const http::Request& request,
                           const StaffAccount& account) {
  const auto scope = official_scope(account, request);
  if (!scope) return not_found(request);
  const std::string region(request.query_value("region"));
  if (!valid_region_filter(region) || (!region.empty() && !region_name(region)))
    return bad_request("Региона с кодом «" + region + "» нет в справочнике.", request);
  const std::string format(request.query_value("format").empty() ? "a4" : request.query_value("format"));
  auto kind = print::parse_document_kind(format);
  if (!kind) return bad_request("Неверный формат: " + kind.error().message + ".", request);
  if (scope->authority_id == 0 && region.empty())
    return bad_request("Выберите регион или уполномоченный орган: архив всей страны слишком велик.", request);

  const int year = current_year();
  std::vector<std::string> codes;
  for (auto& row : site.staff->placements.overview(scope->authority_id, region, year))
    codes.push_back(std::move(row.code));
  if (codes.empty())
    return message_page(409, "Печатать нечего",
                        "В выбранном регионе и органе нет организаций, включённых в независимую оценку " +
                            std::to_string(year) + " года: их QR-коды пока не активны.",
                        request);
  if (codes.size() > kMaxZipEntries)
    return bad_request("Организаций слишком много для одного архива (" + std::to_string(codes.size()) +
                           "): выберите регион.",
                       request);

  // Named by the region when one is chosen, else by the authority (every organisation here is its).
  const auto first = site.store.find_organisation(codes.front());
  const std::string name =
      archive_name(*kind, region.empty() ? (first ? first->authority : std::string()) : *region_name(region));
  const std::string count = std::to_string(codes.size());
  auto response = http::Response::streamed(
      "application/zip", zip_of(site.store, std::move(codes), {.kind = *kind, .public_url = config.public_url}));
  response.headers = {{"Content-Disposition", http::content_disposition("attachment", name)},
                      // No Content-Length can be known in advance; this lets a script show «N из M».
                      {"X-Nok-Organisations", count},
                      {"Cache-Control", "private, no-store"}};
  return response;
}

}  // namespace

void add_official_poster_pages(http::Router& router, const SiteContext& site) {
  router.get("/official/posters", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return form_page(site, r, a); });
  });
  router.get("/official/posters.zip", [&site, config = print::PrintConfig{site.public_url}](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return posters_zip(site, config, r, a); });
  });
}

}  // namespace nok::web
