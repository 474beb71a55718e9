#pragma once
#include <functional>
#include <string>
#include <vector>

#include "http/message.h"

namespace nok::http {

using Handler = std::function<Response(const Request&)>;

// Maps a method and a path pattern ("/o/{code}", "/static/{file}") to a handler.
// Patterns match whole segments; `{name}` captures one segment into Request::params.
class Router {
 public:
  void add(std::string method, std::string pattern, Handler handler);
  void get(std::string pattern, Handler h) { add("GET", std::move(pattern), std::move(h)); }
  void post(std::string pattern, Handler h) { add("POST", std::move(pattern), std::move(h)); }

  // Answers for a path no route matches, and for a handler that threw.
  void on_not_found(Handler h) { not_found_ = std::move(h); }
  void on_error(std::function<Response(const Request&, const std::exception&)> h) { error_ = std::move(h); }

  // Finds the route, fills `request.params` and runs it; `route` receives the matched
  // pattern (for metrics labels that do not explode with every code).
  Response dispatch(Request& request, std::string& route) const;

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
  };
  std::vector<Route> routes_;
  Handler not_found_;
  std::function<Response(const Request&, const std::exception&)> error_;
};

}  // namespace nok::http
