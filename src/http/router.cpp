#include "http/router.h"

#include <string_view>

namespace nok::http {
namespace {

std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    if (path.front() == '/') { path.remove_prefix(1); continue; }
    auto end = path.find('/');
    out.push_back(path.substr(0, end));
    if (end == std::string_view::npos) break;
    path.remove_prefix(end);
  }
  return out;
}

bool is_capture(std::string_view s) { return s.size() > 2 && s.front() == '{' && s.back() == '}'; }

}  // namespace

void Router::add(std::string method, std::string pattern, Handler handler) {
  Route r{std::move(method), std::move(pattern), {}, std::move(handler)};
  for (auto s : split(r.pattern)) r.segments.emplace_back(s);
  routes_.push_back(std::move(r));
}

Response Router::dispatch(Request& request, std::string& route) const {
  const auto segments = split(request.path);
  const std::string method = request.method == "HEAD" ? "GET" : request.method;
  bool path_matched = false;
  for (const auto& r : routes_) {
    if (r.segments.size() != segments.size()) continue;
    bool match = true;
    for (std::size_t i = 0; match && i < segments.size(); ++i)
      match = is_capture(r.segments[i]) || r.segments[i] == segments[i];
    if (!match) continue;
    path_matched = true;
    if (r.method != method) continue;
    request.params.clear();
    for (std::size_t i = 0; i < segments.size(); ++i)
      if (is_capture(r.segments[i]))
        request.params.emplace(r.segments[i].substr(1, r.segments[i].size() - 2), segments[i]);
    route = r.pattern;
    try {
      return r.handler(request);
    } catch (const std::exception& e) {
      if (error_) return error_(request, e);
      return Response::text(500, "Внутренняя ошибка сервера");
    }
  }
  if (path_matched) {
    route = "method_not_allowed";
    return Response::text(405, "Метод не поддерживается для этого адреса");
  }
  route = "not_found";
  return not_found_ ? not_found_(request) : Response::text(404, "Страница не найдена");
}

}  // namespace nok::http
