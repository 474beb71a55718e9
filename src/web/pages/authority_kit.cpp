// An authority's kit for other sites (docs/printing.md): banners in the common ad-slot sizes
// and an HTML block to paste, both leading to the public list of its organisations
// (/search?authority={id}), for ministries' sites, reception rooms and school platforms.
#include <kainjow/mustache.hpp>

#include "app/registry/listing_authority.h"
#include "core/file_name.h"
#include "core/parse_number.h"
#include "print/banner.h"
#include "web/api/api.h"
#include "web/pages/pages.h"
#include "web/pages/print_download.h"
#include "web/view.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

struct Authority {
  std::int64_t id = 0;
  std::string name;
};

// Scripts that fetch a banner say so with Accept: they get {"error":{"code","message"}}.
http::Response refusal(int status, const std::string& heading, const Error& error, const http::Request& request) {
  if (request.header("accept").find("application/json") != std::string_view::npos)
    return api_error(status, error.code, error.message);
  return message_page(status, heading, error.message, request);
}

std::optional<Authority> find_authority(Store& store, const http::Request& request) {
  const auto id = text::parse_integer<std::int64_t>(request.param("id"));
  if (!id) return std::nullopt;
  auto name = listing_authority(store, *id);
  if (!name) return std::nullopt;
  return Authority{*id, std::move(*name)};
}

http::Response authority_not_found(const http::Request& request) {
  return refusal(404, "Уполномоченный орган не найден",
                 {"authority_not_found", "Уполномоченного органа с таким номером нет в реестре. Проверьте адрес."},
                 request);
}

std::string list_url(const SiteContext& site, const Authority& authority) {
  return site.public_url + "/search?authority=" + std::to_string(authority.id);
}

// The list's address as a person would type it, without the scheme (the public URL has one).
std::string typed_list_address(const SiteContext& site, const Authority& authority) {
  const auto url = list_url(site, authority);
  return url.substr(url.find("://") + 3);
}

std::string banner_url(const SiteContext& site, const Authority& authority, print::BannerSize size, int scale) {
  return site.public_url + "/authorities/" + std::to_string(authority.id) + "/banner.png?size=" + print::code(size) +
         (scale == 1 ? "" : "&scale=" + std::to_string(scale));
}

// The query's size, or the default one.
Result<print::BannerSize> size_of(const http::Request& request) {
  const auto text = request.query_value("size");
  return text.empty() ? print::kDefaultBannerSize : print::parse_banner_size(text);
}

http::Response banner(const SiteContext& site, const http::Request& request) {
  const auto authority = find_authority(site.store, request);
  if (!authority) return authority_not_found(request);
  const auto size = size_of(request);
  if (!size) return refusal(400, "Неверные параметры", size.error(), request);
  const auto scale = print::parse_banner_scale(request.query_value("scale").empty() ? "1" : request.query_value("scale"));
  if (!scale) return refusal(400, "Неверные параметры", scale.error(), request);
  auto png = print::banner_png({authority->name, typed_list_address(site, *authority), *size, *scale});
  if (!png) return refusal(400, "Неверные параметры", png.error(), request);
  auto words = file_name_part(authority->name);
  auto response = print_file("image/png", std::move(*png),
                             "Баннер-" + (words.empty() ? std::to_string(authority->id) : words) + "-" +
                                 print::code(*size) + (*scale == 1 ? "" : "-2x") + ".png");
  // Other sites show it to every visitor: shared caches may keep it for an hour.
  for (auto& [name, value] : response.headers)
    if (name == "Cache-Control") value = "public, max-age=3600";
  return response;
}

http::Response web_block(const SiteContext& site, const http::Request& request) {
  const auto authority = find_authority(site.store, request);
  if (!authority) return authority_not_found(request);
  const auto size = size_of(request);
  if (!size) return refusal(400, "Неверные параметры", size.error(), request);
  Data snippet;
  snippet.set("list_url", list_url(site, *authority));
  snippet.set("image_url", banner_url(site, *authority, *size, 1));
  snippet.set("image_url_2x", banner_url(site, *authority, *size, 2));
  snippet.set("width", std::to_string(size->width));
  snippet.set("height", std::to_string(size->height));
  snippet.set("name", authority->name);
  list sizes;
  for (const auto& s : print::banner_sizes())
    sizes.push_back(object{{"code", print::code(s)},
                           {"selected", s == *size},
                           {"png", banner_url(site, *authority, s, 1)},
                           {"png_2x", banner_url(site, *authority, s, 2)}});
  Data data;
  data.set("id", std::to_string(authority->id));
  data.set("name", authority->name);
  data.set("list_url", list_url(site, *authority));
  data.set("sizes", sizes);
  data.set("snippet", render_fragment("authority_snippet", snippet));  // shown as code and as a preview
  return page(200, "authority_web_block", "Баннеры и блок для сайтов", data, request);
}

}  // namespace

void add_authority_pages(http::Router& router, const SiteContext& site) {
  router.get("/authorities/{id}/banner.png", [&site](const http::Request& r) { return banner(site, r); });
  router.get("/authorities/{id}/web-block", [&site](const http::Request& r) { return web_block(site, r); });
}

}  // namespace nok::web
