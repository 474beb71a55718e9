// Service endpoints: health, metrics, static files.
#include "core/embedded.h"
#include "core/metrics.h"
#include "http/gzip.h"
#include "http/log.h"
#include "http/response_filter.h"
#include "web/pages/pages.h"
#include "web/view.h"

namespace nok::web_files {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok::web {
namespace {

std::string_view content_type_of(std::string_view name) {
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".webmanifest")) return "application/manifest+json";
  if (name.ends_with(".svg")) return "image/svg+xml";
  if (name.ends_with(".png")) return "image/png";
  return "application/octet-stream";
}

constexpr std::string_view kFieldWorker = "field-sw.js";

// A file /static/ serves, with its bytes gzip-compressed when they are text.
struct StaticFile {
  std::string_view name;
  std::string_view contents;
  std::string gzip;  // empty: sent as it is
  std::string tag, gzip_tag;
};

// The embedded files but the templates, compressed once (their bytes never change).
const std::vector<StaticFile>& static_files() {
  static const std::vector<StaticFile> files = [] {
    std::vector<StaticFile> out;
    for (const auto& f : web_files::files()) {
      if (f.name.ends_with(".mustache")) continue;
      const bool text = http::compressible(content_type_of(f.name)) && f.contents.size() >= http::ResponseFilter::kMinCompressed;
      out.push_back({f.name, f.contents, text ? http::gzip(f.contents, 9) : std::string(), http::entity_tag(f.contents),
                     http::entity_tag(f.contents, true)});
    }
    return out;
  }();
  return files;
}

http::Response page_not_found(const http::Request& request) {
  if (request.path.starts_with("/api/"))
    return http::Response::json(404, R"({"error":{"code":"not_found","message":"Ресурс не найден"}})");
  return message_page(404, "Страница не найдена",
                      "Такой страницы нет. Проверьте адрес или найдите организацию через поиск.", request);
}

}  // namespace

void add_service_routes(http::Router& router, const SiteContext& site, const MetricsAccess& metrics_access) {
  router.get("/healthz", [&store = site.store](const http::Request&) {
    try {
      store.ping();
      return http::Response::text(200, "ok\n");
    } catch (const std::exception& e) {
      log::error("health check failed", "\"error\":\"" + log::json_escape(e.what()) + "\"");
      return http::Response::text(503, "база данных недоступна\n");
    }
  });

  // Answered as if it did not exist to anyone else, so scanners learn nothing.
  router.get("/metrics", [metrics_access](const http::Request& request) {
    if (!may_read_metrics(metrics_access, request)) return page_not_found(request);
    return http::Response{200, "text/plain; version=0.0.4; charset=utf-8", metrics::render(), {}};
  });

  // Static files are compiled in and looked up by exact name, so no request path can
  // reach the file system ("../", "%2e%2e/", absolute paths all miss the table).
  router.get("/static/{file}", [](const http::Request& request) {
    const auto name = request.param("file");
    for (const auto& f : static_files())
      if (f.name == name) {
        // Compressed once, at the first request; the response filter answers If-None-Match (304).
        const bool gzipped = !f.gzip.empty() && http::accepts_gzip(request);
        http::Response response{200, std::string(content_type_of(name)), gzipped ? f.gzip : std::string(f.contents),
                                {{"Cache-Control", "public, max-age=86400"},
                                 {"ETag", gzipped ? f.gzip_tag : f.tag}}};
        if (!f.gzip.empty()) response.headers.emplace_back("Vary", "Accept-Encoding");
        if (gzipped) response.headers.emplace_back("Content-Encoding", "gzip");
        // The field mode's worker lives with the other files but serves the page
        // /operator/field, outside its own directory: a worker's scope needs this to widen.
        if (name == kFieldWorker) response.headers.emplace_back("Service-Worker-Allowed", "/operator/field");
        return response;
      }
    return message_page(404, "Файл не найден", "Такого файла на сайте нет.", request);
  });
}

void add_fallbacks(http::Router& router) {
  router.on_not_found(page_not_found);
  router.on_error([](const http::Request& request, const std::exception& e) {
    log::error("request failed", "\"path\":\"" + log::json_escape(request.path) + "\",\"error\":\"" +
                                     log::json_escape(e.what()) + "\"");
    if (request.path.starts_with("/api/"))
      return http::Response::json(503, R"({"error":{"code":"unavailable","message":"Сервис временно недоступен, повторите попытку позже"}})");
    return message_page(503, "Сервис временно недоступен",
                        "Мы уже знаем о проблеме. Повторите попытку через несколько минут — ваши данные не потеряны.",
                        request);
  });
}

}  // namespace nok::web
