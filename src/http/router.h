#pragma once
#include <exception>
#include <functional>
#include <string>
#include <vector>

#include "http/message.h"

namespace nok::http {

using Handler = std::function<Response(const Request&)>;

// A deferred handler's answer: made on the request's event loop (not on the thread that
// replies, e.g. the store's writer); one that throws is answered by the error handler.
using Answer = std::function<Response()>;
// How a deferred handler answers: once, from any thread.
using Reply = std::function<void(Answer)>;
// A handler that answers later: for a write that waits for its commit without holding a
// thread meanwhile (it hands `Reply` to the group commit). It starts on the event loop or on
// a worker thread (ServerConfig::reads_on_loop), so what it does before handing over must be
// as short as a read.
using DeferredHandler = std::function<void(const Request&, Reply)>;
// Where a deferred handler starts: like a read (the event loop when reads_on_loop, else a
// worker thread), or always on a worker thread, for a handler that writes before it hands
// over (it takes a limit) and so must not hold up the event loop.
enum class DeferredStart { like_reads, on_worker };

// Maps a method and a path pattern ("/o/{code}", "/static/{file}") to a handler.
// Patterns match whole segments; `{name}` captures one segment into Request::params.
class Router {
 public:
  void add(std::string method, std::string pattern, Handler handler);
  void get(std::string pattern, Handler h) { add("GET", std::move(pattern), std::move(h)); }
  void post(std::string pattern, Handler h) { add("POST", std::move(pattern), std::move(h)); }
  void post_deferred(std::string pattern, DeferredHandler h, DeferredStart start = DeferredStart::like_reads);

  // Answers for a path no route matches, and for a handler that threw (except UnsafeHeader,
  // a header that would carry a control character: 500, logged, whatever the site says).
  void on_not_found(Handler h) { not_found_ = std::move(h); }
  void on_error(std::function<Response(const Request&, const std::exception&)> h) { error_ = std::move(h); }
  // Adds a filter that runs on every answer just before it is sent — a route's, a deferred
  // one's, a 404, 405 or 400 — so what every response needs (its headers, its compression:
  // http/response_filter.h) is done in one place, not by each handler. Filters run in the
  // order they were added.
  void on_response(std::function<void(const Request&, Response&)> h) { finish_.push_back(std::move(h)); }

  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;            // one of the two
    DeferredHandler deferred;
    DeferredStart start = DeferredStart::like_reads;
  };
  // What a request resolved to: its route, or (when none) the 404 or 405 answer.
  struct Match {
    const Route* route = nullptr;
    Response response;
  };

  // Every route, in the order added (the site's tests walk them all).
  const std::vector<Route>& routes() const { return routes_; }

  // Finds the route and fills `request.params`; `route` receives the matched pattern (for
  // metrics labels that do not explode with every code).
  Match match(Request& request, std::string& route) const;
  // Runs a route's handler; one that throws is answered by the error handler.
  Response run(const Route& route, const Request& request) const;
  // `reply` must tolerate a second call (a handler that throws after handing it on).
  void run_deferred(const Route& route, const Request& request, const Reply& reply) const;
  // Makes a deferred handler's answer; one that throws is answered by the error handler.
  Response answer(const Route& route, const Request& request, const Answer& make) const;
  // Runs the on_response filters on `response`; the server calls it once per answer.
  void finish(const Request& request, Response& response) const;

 private:
  Response error_response(const Route& route, const Request& request, std::exception_ptr error) const;

  std::vector<Route> routes_;
  Handler not_found_;
  std::function<Response(const Request&, const std::exception&)> error_;
  std::vector<std::function<void(const Request&, Response&)>> finish_;
};

}  // namespace nok::http
