#pragma once
#include <string>
#include <string_view>

#include "http/message.h"

// Mustache data is a tree of maps and lists; keep its heavy header out of the others.
namespace kainjow::mustache {
template <typename StringType>
class basic_data;
}

namespace nok::web {

using Data = kainjow::mustache::basic_data<std::string>;

// Renders templates/<name>.mustache with `data`, HTML-escaped by default, inside the
// site layout. `title` is the page title; the layout adds the site name. A `manifest` in
// `data` (a URL) makes the page installable: the layout links it from <head>. A `staff_login`
// (what set_staff_frame puts on every staff page) leaves out the citizen's links.
std::string render_page(std::string_view name, const std::string& title, Data& data, const http::Request& request);

// Renders templates/<name>.mustache alone, without the site layout: standalone pages (a
// terminal's idle screen) and fragments handed to other sites (the website block).
std::string render_fragment(std::string_view name, Data& data);

// Sets `key` only when `value` is not empty: Mustache shows a section for any string, even
// an empty one, so optional texts ({{#address}}…{{/address}}) are left out instead.
void set_if_any(Data& data, const std::string& key, std::string_view value);

// A Response for a complete page.
http::Response page(int status, std::string_view name, const std::string& title, Data& data,
                    const http::Request& request);

// A short page with a heading and a sentence (not found, errors, notices).
http::Response message_page(int status, const std::string& heading, const std::string& text,
                            const http::Request& request);

}  // namespace nok::web
