#include "http/router.h"

#include <string_view>

#include "http/header.h"
#include "http/log.h"

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
  Route r{std::move(method), std::move(pattern), {}, std::move(handler), {}};
  for (auto s : split(r.pattern)) r.segments.emplace_back(s);
  routes_.push_back(std::move(r));
}

void Router::post_deferred(std::string pattern, DeferredHandler handler, DeferredStart start) {
  add("POST", std::move(pattern), {});
  routes_.back().deferred = std::move(handler);
  routes_.back().start = start;
}

Router::Match Router::match(Request& request, std::string& route) const {
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
    return {&r, {}};
  }
  if (path_matched) {
    route = "method_not_allowed";
    return {nullptr, Response::text(405, "Метод не поддерживается для этого адреса")};
  }
  route = "not_found";
  return {nullptr, not_found_ ? not_found_(request) : Response::text(404, "Страница не найдена")};
}

Response Router::error_response(const Route& route, const Request& request, std::exception_ptr error) const {
  try {
    std::rethrow_exception(error);
  } catch (const UnsafeHeader& e) {
    // The route's pattern, not the path: a path may carry a secret (a terminal's or an
    // invitation's address), and logs are read by more people than the database.
    log::error("response header refused", "\"header\":\"" + log::json_escape(e.name) + "\",\"route\":\"" +
                                              log::json_escape(route.pattern) + "\"");
    return Response::text(500, "Внутренняя ошибка сервера");
  } catch (const std::exception& e) {
    if (error_) return error_(request, e);
  } catch (...) {
  }
  return Response::text(500, "Внутренняя ошибка сервера");
}

Response Router::run(const Route& route, const Request& request) const {
  try {
    return route.handler(request);
  } catch (...) {
    return error_response(route, request, std::current_exception());
  }
}

void Router::run_deferred(const Route& route, const Request& request, const Reply& reply) const {
  try {
    route.deferred(request, reply);
  } catch (...) {
    reply([error = std::current_exception()]() -> Response { std::rethrow_exception(error); });
  }
}

Response Router::answer(const Route& route, const Request& request, const Answer& make) const {
  try {
    return make();
  } catch (...) {
    return error_response(route, request, std::current_exception());
  }
}

void Router::finish(const Request& request, Response& response) const {
  for (const auto& filter : finish_) filter(request, response);
}

}  // namespace nok::http
