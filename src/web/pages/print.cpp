// Downloads for an organisation's QR code (docs/printing.md): the code itself, posters, labels,
// tickets, the A5 leaflet, a terminal's idle screen and the block for its website, plus the page that
// lists them. Rendering lives in print/; here: parameters, 404/400/409 and content types.
#include <kainjow/mustache.hpp>

#include "app/print/qr_activity.h"
#include "print/carriers.h"
#include "print/document.h"
#include "print/leaflet.h"
#include "print/poster.h"
#include "print/qr_render.h"
#include "print/scan_distance.h"
#include "print/target_url.h"
#include "web/pages/pages.h"
#include "web/pages/print_download.h"
#include "web/view.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

using Target = PrintTarget;

// A number from the query string, `fallback` when absent, an Error outside [low, high].
Result<double> number(const http::Request& request, std::string_view name, double fallback, double low, double high) {
  const auto text = request.query_value(name);
  if (text.empty()) return fallback;
  char* end = nullptr;
  const std::string copy(text);
  const double value = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size() || !(value >= low && value <= high)) {
    char range[96];
    std::snprintf(range, sizeof range, "от %g до %g", low, high);
    return Error{"bad_parameter", "параметр «" + std::string(name) + "» должен быть числом " + range};
  }
  return value;
}

Result<print::Poster> poster_from(const Target& target, const http::Request& request) {
  auto format = print::parse_paper_format(request.query_value("format").empty() ? "a4" : request.query_value("format"));
  if (!format) return format.error();
  auto text = print::poster_text(request.query_value("headline"), request.query_value("text"));
  if (!text) return text.error();
  print::Poster poster{target.organisation, target.url, *format, std::nullopt, std::move(*text), nullptr, nullptr};
  if (const auto place = request.query_value("place"); !place.empty()) {
    auto type = print::find_place_type(place);
    if (!type) return type.error();
    poster.distance_m = type->distance_m;
  }
  if (const auto distance = request.query_value("distance"); !distance.empty()) {
    auto metres = print::parse_distance(distance);
    if (!metres) return metres.error();
    poster.distance_m = *metres;
  }
  return poster;
}

Result<http::Response> qr_svg(const Target& target, const http::Request&) {
  auto qr = print::encode_qr(target.url);
  if (!qr) return qr.error();
  return print_file("image/svg+xml", print::qr_svg(*qr), print::file_name(target.organisation, "QR-код", "svg"));
}

Result<http::Response> qr_png(const Target& target, const http::Request& request) {
  auto dpi = number(request, "dpi", 300, print::kMinDpi, print::kMaxDpi);
  if (!dpi) return dpi.error();
  auto side = number(request, "size", 40, print::kMinQrSideMm, print::kMaxQrSideMm);
  if (!side) return side.error();
  auto qr = print::encode_qr(target.url);
  if (!qr) return qr.error();
  auto png = print::qr_png(*qr, *dpi, *side);
  if (!png) return png.error();
  return print_file("image/png", std::move(*png), print::file_name(target.organisation, "QR-код", "png"));
}

Result<http::Response> qr_pdf(const Target& target, const http::Request& request) {
  auto side = number(request, "size", 40, print::kMinQrSideMm, print::kMaxQrSideMm);
  if (!side) return side.error();
  auto qr = print::encode_qr(target.url);
  if (!qr) return qr.error();
  auto pdf = print::qr_pdf(*qr, *side);
  if (!pdf) return pdf.error();
  return print_file("application/pdf", std::move(*pdf), print::file_name(target.organisation, "QR-код", "pdf"));
}

Result<http::Response> poster_pdf(const Target& target, const http::Request& request) {
  auto poster = poster_from(target, request);
  if (!poster) return poster.error();
  auto pdf = print::poster_pdf(*poster);
  if (!pdf) return pdf.error();
  return print_file("application/pdf", std::move(*pdf),
              print::file_name(target.organisation,
                               print::kind_in_file_name(poster->format == print::PaperFormat::a4 ? print::DocumentKind::a4
                                                                                                 : print::DocumentKind::a3),
                               "pdf"));
}

Result<http::Response> poster_png(const Target& target, const http::Request& request) {
  auto dpi = number(request, "dpi", 96, print::kMinPreviewDpi, print::kMaxPreviewDpi);
  if (!dpi) return dpi.error();
  auto poster = poster_from(target, request);
  if (!poster) return poster.error();
  auto png = print::poster_png(*poster, *dpi);
  if (!png) return png.error();
  return print_file("image/png", std::move(*png));
}

Result<http::Response> labels_pdf(const Target& target, const http::Request& request) {
  auto side = number(request, "size", print::kDefaultLabelQrMm, print::kMinPrintedQrMm, print::kMaxLabelQrMm);
  if (!side) return side.error();
  auto pdf = print::label_sheet_pdf(target.organisation, target.url, *side);
  if (!pdf) return pdf.error();
  return print_file("application/pdf", std::move(*pdf), print::file_name(target.organisation, print::kind_in_file_name(print::DocumentKind::labels), "pdf"));
}

Result<http::Response> ticket_pdf(const Target& target, const http::Request& request) {
  auto width = print::parse_ticket_width(request.query_value("width").empty() ? "58" : request.query_value("width"));
  if (!width) return width.error();
  auto pdf = print::ticket_pdf(target.organisation, target.url, *width);
  if (!pdf) return pdf.error();
  return print_file("application/pdf", std::move(*pdf),
              print::file_name(target.organisation, print::kind_in_file_name(print::DocumentKind::ticket, *width), "pdf"));
}

Result<http::Response> leaflet_pdf(const print::PrintConfig& config, const Target& target, const http::Request&) {
  auto pdf = print::leaflet_pdf(
      {target.organisation, target.url, print::typed_address(config.public_url, target.organisation.code)});
  if (!pdf) return pdf.error();
  return print_file("application/pdf", std::move(*pdf),
                    print::file_name(target.organisation, print::kind_in_file_name(print::DocumentKind::leaflet), "pdf"));
}

Result<http::Response> website_block_png(const Target& target, const http::Request&) {
  auto png = print::website_block_png(target.organisation, target.url);
  if (!png) return png.error();
  return print_file("image/png", std::move(*png), print::file_name(target.organisation, "блок-для-сайта", "png"));
}

// The data the idle screen and the website block share: text above, QR, link below.
Data card_data(const Target& target) {
  Data data;
  data.set("text", std::string(print::kScreenText));
  data.set("url", target.url);
  data.set("name", print::display_name(target.organisation));
  return data;
}

Result<http::Response> screen(const Target& target, const http::Request&) {
  auto qr = print::encode_qr(target.url);
  if (!qr) return qr.error();
  auto data = card_data(target);
  data.set("qr_svg", print::qr_svg(*qr));  // our own markup, inserted raw by the template
  return http::Response{200, "text/html; charset=utf-8", render_fragment("screen", data), {}};
}

// The snippet a site editor pastes: its image is our PNG of the same QR code (with the
// same placement, if any), so scans from the site are counted like any other placement.
Result<http::Response> website_block(const print::PrintConfig& config, const Target& target,
                                     const http::Request& request) {
  const auto p = request.query_value("p");  // already checked by print_download()
  const std::string placement = p.empty() ? "" : "p=" + std::string(p);
  auto data = card_data(target);
  data.set("image_url", config.public_url + "/o/" + target.organisation.code + "/qr.png?size=50&dpi=150" +
                            (placement.empty() ? "" : "&" + placement));
  Data page_data;
  page_data.set("name", print::display_name(target.organisation));
  page_data.set("code", target.organisation.code);
  page_data.set("snippet", render_fragment("website_snippet", data));  // shown as code and as a preview
  page_data.set("placement", placement.empty() ? "" : "?" + placement);
  return page(200, "website_block", "Блок для официального сайта", page_data, request);
}

http::Response print_page(Store& store, const print::PrintConfig& config, const http::Request& request) {
  auto organisation = store.find_organisation(request.param("code"));
  if (!organisation) return organisation_not_found(request);
  Data data;
  data.set("code", organisation->code);
  data.set("name", print::display_name(*organisation));
  data.set("url", print::organisation_url(config.public_url, organisation->code));
  if (auto active = check_qr_active(store, *organisation); !active) data.set("inactive", active.error().message);
  list places;
  for (const auto& p : print::place_types())
    places.push_back(object{{"code", p.code},
                            {"title", p.title},
                            {"distance", print::format_metres(p.distance_m)},
                            {"side", std::to_string(static_cast<int>(print::qr_side_for_distance(p.distance_m)))}});
  data.set("places", places);
  const auto text = print::default_poster_text();
  data.set("headline", text.headline);
  data.set("body", text.body);
  return page(200, "print", "QR-код и плакаты — " + print::display_name(*organisation), data, request);
}

}  // namespace

void add_print_pages(http::Router& router, Store& store, const print::PrintConfig& config) {
  router.get("/o/{code}/print", [&store, config](const http::Request& r) { return print_page(store, config, r); });
  router.get("/o/{code}/qr.svg", print_download(store, config, qr_svg));
  router.get("/o/{code}/qr.png", print_download(store, config, qr_png));
  router.get("/o/{code}/qr.pdf", print_download(store, config, qr_pdf));
  router.get("/o/{code}/poster.pdf", print_download(store, config, poster_pdf));
  router.get("/o/{code}/poster.png", print_download(store, config, poster_png));
  router.get("/o/{code}/labels.pdf", print_download(store, config, labels_pdf));
  router.get("/o/{code}/ticket.pdf", print_download(store, config, ticket_pdf));
  router.get("/o/{code}/leaflet.pdf", print_download(store, config, [config](const Target& t, const http::Request& r) {
               return leaflet_pdf(config, t, r);
             }));
  router.get("/o/{code}/screen", print_download(store, config, screen));
  router.get("/o/{code}/website-block.png", print_download(store, config, website_block_png));
  router.get("/o/{code}/website-block", print_download(store, config, [config](const Target& t, const http::Request& r) {
               return website_block(config, t, r);
             }));
}

}  // namespace nok::web
