#pragma once
#include <string>
#include <string_view>

// The site's stylesheet (static/site.css) goes inside every page's <head> rather than as a
// file to fetch: on a slow mobile network a page then draws from its first round trip, with
// no second request before anything shows (docs/architecture.md, "Answers on slow networks").
namespace nok::web {

// The stylesheet's text, exactly as the layout puts it between <style> and </style>.
std::string_view site_style();

// Its Content-Security-Policy source, "'sha256-…'": the one inline style the policy allows.
const std::string& site_style_source();

}  // namespace nok::web
