// The hall monitor's loop (/o/{code}/screen-loop, docs/printing.md): the idle screen's QR
// code and text, how to assess in three steps, the latest published results when there are
// any, and a thank-you — slides that follow each other without scripts.
#include <kainjow/mustache.hpp>

#include "print/carriers.h"
#include "print/qr_render.h"
#include "print/wording.h"
#include "web/pages/pages.h"
#include "web/pages/print_download.h"
#include "web/pages/results_view.h"
#include "web/view.h"

namespace nok::web {
namespace {

Result<http::Response> screen_loop(const SiteContext& site, const PrintTarget& target, const http::Request&) {
  auto qr = print::encode_qr(target.url);
  if (!qr) return qr.error();
  const auto& code = target.organisation.code;
  Data data;
  data.set("name", print::display_name(target.organisation));
  data.set("text", std::string(print::kScreenText));
  data.set("url", target.url);
  data.set("qr_svg", print::qr_svg(*qr));  // our own markup, inserted raw by the template
  data.set("address", print::typed_address(site.public_url, code));
  if (site.staff)
    add_published_results(data, *site.editions, site.staff->cycles.published_results(code),
                          [&](int year) { return site.staff->cycles.published_means(year); });
  data.set("count", std::string(data.get("official") ? "4" : "3"));  // the slides, for the animation's timing
  return http::Response{200, "text/html; charset=utf-8", render_fragment("screen_loop", data), {}};
}

}  // namespace

void add_screen_loop_page(http::Router& router, const SiteContext& site) {
  router.get("/o/{code}/screen-loop",
             print_download(site.store, print::PrintConfig{site.public_url},
                            [&site](const PrintTarget& t, const http::Request& r) { return screen_loop(site, t, r); }));
}

}  // namespace nok::web
