#include "web/view.h"

#include <kainjow/mustache.hpp>
#include <algorithm>
#include <map>
#include <stdexcept>

#include "core/embedded.h"
#include "web/low_vision.h"
#include "web/site_style.h"

namespace nok::web_files {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok::web {
namespace {

using kainjow::mustache::mustache;
using kainjow::mustache::partial;

// Templates are parsed once per thread at first use: kainjow's render() is not const
// (it records errors in the template), so threads do not share a parsed template.
class Templates {
 public:
  Templates() {
    for (const auto& f : web_files::files()) {
      if (!f.name.ends_with(".mustache")) continue;
      std::string name(f.name.substr(0, f.name.size() - 9));
      auto [it, _] = parsed_.try_emplace(name, std::string(f.contents));
      if (!it->second.is_valid()) throw std::logic_error("template " + name + ": " + it->second.error_message());
      sources_.emplace(name, std::string(f.contents));
    }
    for (const auto& [name, source] : sources_)
      for (const auto& [partial_name, _] : sources_)
        if (source.find("{{> " + partial_name + "}}") != std::string::npos) partials_[name].push_back(partial_name);
    // A partial may include partials of its own (entry_fields → questionnaire_fields): a
    // template gets every partial it reaches. The list grows while it is walked.
    const auto direct = partials_;
    for (auto& [name, used] : partials_)
      for (std::size_t i = 0; i < used.size(); ++i)
        if (auto nested = direct.find(used[i]); nested != direct.end())
          for (const auto& partial_name : nested->second)
            if (std::find(used.begin(), used.end(), partial_name) == used.end()) used.push_back(partial_name);
  }

  std::string render(std::string_view name, Data& data) {
    auto it = parsed_.find(name);
    if (it == parsed_.end()) throw std::logic_error("no template " + std::string(name));
    if (auto used = partials_.find(name); used != partials_.end())
      for (const auto& partial_name : used->second)
        data.set(partial_name, partial([&text = sources_.find(partial_name)->second] { return text; }));
    return it->second.render(data);
  }

 private:
  std::map<std::string, mustache, std::less<>> parsed_;
  std::map<std::string, std::string, std::less<>> sources_;
  std::map<std::string, std::vector<std::string>, std::less<>> partials_;  // template → partials it includes
};

Templates& templates() {
  thread_local Templates t;
  return t;
}

}  // namespace

std::string render_page(std::string_view name, const std::string& title, Data& data, const http::Request& request) {
  Data layout;
  layout.set("title", title);
  layout.set("site_style", std::string(site_style()));  // our own file, allowed by its hash
  layout.set("content", templates().render(name, data));
  const auto low_vision = read_low_vision(request.cookie(kLowVisionCookie));
  layout.set("a11y", low_vision.on);
  set_if_any(layout, "body_class", body_classes(low_vision));
  // The cookie alone decides the link (no query per page); /me itself checks the session.
  layout.set("signed_in", !request.cookie("nok_session").empty());
  layout.set("back", http::percent_encode(request.target.empty() ? request.path : request.target));
  // A staff page (it has the staff bar) shows no citizen's links: its session is a staff one.
  layout.set("staff", data.get("staff_login") != nullptr);
  // An installable page names its web app manifest, which browsers read only from <head>.
  if (const auto* manifest = data.get("manifest")) layout.set("manifest", *manifest);
  return templates().render("layout", layout);
}

std::string render_fragment(std::string_view name, Data& data) { return templates().render(name, data); }

void set_if_any(Data& data, const std::string& key, std::string_view value) {
  if (!value.empty()) data.set(key, std::string(value));
}

http::Response page(int status, std::string_view name, const std::string& title, Data& data,
                    const http::Request& request) {
  return {status, "text/html; charset=utf-8", render_page(name, title, data, request), {}};
}

http::Response message_page(int status, const std::string& heading, const std::string& text,
                            const http::Request& request) {
  Data data;
  data.set("heading", heading);
  data.set("text", text);
  return page(status, "message", heading, data, request);
}

}  // namespace nok::web
