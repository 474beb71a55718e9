#include "http/server.h"

#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <vector>

#include "core/metrics.h"
#include "core/text.h"
#include "http/answer_body.h"
#include "http/body_pipe.h"
#include "http/header.h"
#include "http/log.h"

namespace nok::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);

using BeastRequest = bhttp::request<bhttp::string_body>;
using BeastResponse = bhttp::response<AnswerBody>;

// The streamed bodies being sent, so that a server whose event loops have stopped can
// release their producers (which would otherwise wait forever for room in their pipe).
class OpenStreams {
 public:
  void add(const std::shared_ptr<BodyPipe>& pipe) {
    std::lock_guard lock(mutex_);
    std::erase_if(pipes_, [](const auto& p) { return p.expired(); });
    pipes_.push_back(pipe);
  }
  void close_all() {
    std::lock_guard lock(mutex_);
    for (auto& p : pipes_)
      if (auto pipe = p.lock()) pipe->close();
    pipes_.clear();
  }

 private:
  std::mutex mutex_;
  std::vector<std::weak_ptr<BodyPipe>> pipes_;
};

// A deferred request waiting for its answer; `drop` lets go of the suspended request.
struct Waiting {
  virtual ~Waiting() = default;
  virtual void drop() = 0;
};

// Whether the event loops still take work, and the deferred requests they wait for: an
// answer may come from another thread (the store's writer) after a shutdown's grace period
// ended the loops. Closing lets go of the requests still waiting there and then, while their
// loops exist, not later on the thread of a late answer.
class LoopsOpen {
 public:
  // False once closed: the request is not waited for.
  bool wait_for(Waiting* w) {
    std::lock_guard lock(mutex_);
    if (open_) waiting_.insert(w);
    return open_;
  }
  // Runs `deliver` unless the loops are closed or `w` was let go of.
  template <class Deliver>
  void answer(Waiting* w, Deliver&& deliver) {
    std::lock_guard lock(mutex_);
    if (waiting_.erase(w)) deliver();
  }
  void close() {
    std::lock_guard lock(mutex_);
    open_ = false;
    for (auto* w : waiting_) w->drop();
    waiting_.clear();
  }

 private:
  std::mutex mutex_;
  bool open_ = true;
  std::unordered_set<Waiting*> waiting_;
};

// Shared by every connection of one server.
struct ServerState {
  const ServerConfig config;  // a copy: callers may pass a temporary
  const Router& router;
  asio::thread_pool* blocking = nullptr;  // where writes and stream producers run (see session())
  std::atomic<int> in_flight{0};
  std::atomic<bool> draining{false};  // connections close after their answer
  std::atomic<bool> leaving{false};   // the health check answers 503 (ServerConfig::announce_drain)
  OpenStreams streams;
  std::shared_ptr<LoopsOpen> loops_open = std::make_shared<LoopsOpen>();
};

// Counts one request as in flight for its scope, however the scope ends (an answer sent, a
// broken connection, an exception), so that draining never waits for a request that ended.
class InFlight {
 public:
  explicit InFlight(std::atomic<int>& count) : count_(count) { count_.fetch_add(1); }
  ~InFlight() { count_.fetch_sub(1); }
  InFlight(const InFlight&) = delete;
  InFlight& operator=(const InFlight&) = delete;

 private:
  std::atomic<int>& count_;
};

// Turns Beast's request into ours. Returns an error response instead when the target
// is not a valid origin-form URL or carries invalid UTF-8.
std::optional<Response> translate(BeastRequest& in, const std::string& remote, bool trust_forwarded_for,
                                  Request& out) {
  out.method = std::string(in.method_string());
  auto url = boost::urls::parse_origin_form(in.target());
  if (!url) return Response::text(400, "Неверный адрес запроса");
  out.target = std::string(in.target());
  out.path = url->path();
  const auto query = url->encoded_query();
  if (!text::valid_utf8(out.path) || !parse_form(std::string_view(query.data(), query.size()), out.query))
    return Response::text(400, "Адрес запроса содержит недопустимые символы (не UTF-8)");
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers.emplace_back(std::move(name), std::string(field.value()));
  }
  out.body = std::move(in.body());
  out.remote_address = remote;
  if (trust_forwarded_for)
    if (auto forwarded = out.header("x-forwarded-for"); !forwarded.empty())
      out.remote_address = text::trim(forwarded.substr(forwarded.rfind(',') + 1));
  return std::nullopt;
}

// The name of a header of `response` that must not go out — a name that is not a token, a
// value with a control character — or nullopt. Beast would send either as it is, so a CR or
// LF that slipped past the handler would split the response.
std::optional<std::string> unsendable_header(const Response& response) {
  if (!valid_header_value(response.content_type)) return "Content-Type";
  for (const auto& [name, value] : response.headers)
    if (!valid_header_name(name) || !valid_header_value(value)) return name;
  return std::nullopt;
}

BeastResponse to_beast(Response&& r, unsigned version, bool keep_alive, bool head) {
  BeastResponse out{static_cast<bhttp::status>(r.status), version};
  out.set(bhttp::field::server, "nok");
  out.set(bhttp::field::content_type, r.content_type);
  for (auto& [name, value] : r.headers) out.insert(name, value);
  out.keep_alive(keep_alive);
  if (r.stream) return out;  // HEAD of a streamed body: its length is unknown until it is sent
  if (r.status == 304) return out;  // no body, and a length would have to be the 200's (RFC 9110 §8.6)
  if (r.kept) {  // the form the response filter chose, sent from where it is kept
    out.body().keeper = std::move(r.kept);
    out.body().kept = r.kept_bytes;
  } else {
    out.body().own = std::move(r.body);
  }
  out.content_length(AnswerBody::size(out.body()));
  if (head) out.body() = {};
  return out;
}

// Per-thread memo of the metric series per (route, status): the registry takes a lock and
// builds label strings, which would otherwise cost more than serving a cached page.
void observe(const std::string& route, int status, double seconds) {
  struct Series {
    metrics::Counter* requests;
    metrics::Histogram* latency;
  };
  thread_local std::map<std::string, std::map<int, Series>, std::less<>> memo;  // route → status → series
  auto& by_status = memo[route];
  auto it = by_status.find(status);
  if (it == by_status.end()) {
    const std::string labels = "route=\"" + log::json_escape(route) + "\"";
    Series series{&metrics::counter("nok_http_requests_total", labels + ",status=\"" + std::to_string(status) + "\""),
                  &metrics::histogram("nok_http_request_seconds", labels)};
    it = by_status.emplace(status, series).first;
  }
  it->second.requests->add();
  it->second.latency->observe(seconds);
}

// What to answer when Beast rejects a request before we see it.
std::optional<Response> rejection(const beast::error_code& ec) {
  // The client closed the connection, between requests or halfway through one: no answer.
  if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message) return std::nullopt;
  if (ec == bhttp::error::body_limit) return Response::text(413, "Слишком большой запрос");
  if (ec == bhttp::error::header_limit) return Response::text(431, "Слишком большие заголовки запроса");
  if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category()) return Response::text(400, "Некорректный HTTP-запрос");
  return std::nullopt;
}

// Runs the producer on a worker thread and sends what it writes as it arrives: chunked for
// HTTP/1.1; for HTTP/1.0, which has no chunks, raw bytes ended by closing the connection.
// Returns whether the connection may serve another request. A client that stops reading
// for read_timeout is dropped; dropping it (or any failure to send) stops the producer.
asio::awaitable<bool> send_streamed(beast::tcp_stream& stream, Response&& response, unsigned version, bool keep_alive,
                                    ServerState& state) {
  const bool chunked = version >= 11;
  auto signal = std::make_shared<asio::steady_timer>(stream.get_executor(), asio::steady_timer::time_point::max());
  auto pipe = std::make_shared<BodyPipe>(
      state.config.stream_buffer, [executor = stream.get_executor(), weak = std::weak_ptr(signal)] {
        asio::post(executor, [weak] {
          if (auto s = weak.lock()) s->cancel();  // wakes the loop below
        });
      });
  state.streams.add(pipe);
  struct CloseOnExit {
    BodyPipe& pipe;
    ~CloseOnExit() { pipe.close(); }  // also when the coroutine is destroyed at shutdown
  } close_on_exit{*pipe};
  asio::post(*state.blocking, [pipe, produce = std::move(response.stream)] {
    bool complete = false;
    try {
      produce([&pipe](std::string_view chunk) { pipe->write(chunk); });
      complete = true;
    } catch (const StreamAborted&) {
    } catch (const std::exception& e) {
      log::error("stream producer failed", "\"error\":\"" + log::json_escape(e.what()) + "\"");
    }
    pipe->finish(complete);
  });

  bhttp::response<bhttp::empty_body> header{static_cast<bhttp::status>(response.status), version};
  header.set(bhttp::field::server, "nok");
  header.set(bhttp::field::content_type, response.content_type);
  for (auto& [name, value] : response.headers) header.insert(name, value);
  header.keep_alive(chunked && keep_alive);
  header.chunked(chunked);
  bhttp::response_serializer<bhttp::empty_body> serializer{header};
  stream.expires_after(state.config.read_timeout);
  if (auto [ec, _] = co_await bhttp::async_write_header(stream, serializer, use_tuple); ec) co_return false;

  std::string chunk;
  for (;;) {
    switch (pipe->take(chunk)) {
      case BodyPipe::Take::chunk: {
        stream.expires_after(state.config.read_timeout);
        auto [ec, _] = chunked ? co_await asio::async_write(stream, bhttp::make_chunk(asio::buffer(chunk)), use_tuple)
                               : co_await asio::async_write(stream, asio::buffer(chunk), use_tuple);
        if (ec) {
          metrics::counter("nok_http_streams_aborted_total", "").add();
          co_return false;
        }
        break;
      }
      case BodyPipe::Take::empty:
        co_await signal->async_wait(use_tuple);  // cancelled by the producer's wake
        break;
      case BodyPipe::Take::end: {
        if (!chunked) co_return false;
        stream.expires_after(state.config.read_timeout);
        auto [ec, _] = co_await asio::async_write(stream, bhttp::make_chunk_last(), use_tuple);
        co_return !ec && keep_alive;
      }
      case BodyPipe::Take::broken:  // no last chunk: the client must not take the body for whole
        metrics::counter("nok_http_streams_aborted_total", "").add();
        co_return false;
    }
  }
}

// Runs a deferred route (on the event loop when reads are short and the route starts like
// a read, else on a worker thread that it does not hold while the write commits) and resumes this coroutine on its own
// event loop with the answer the route replies from whatever thread (once; a second reply
// is ignored), made there.
asio::awaitable<Response> deferred(ServerState& state, const Router::Route& route, const Request& request) {
  return asio::async_initiate<const asio::use_awaitable_t<>, void(Response)>(
      [&router = state.router, loops = state.loops_open, blocking = state.blocking,
       on_loop = state.config.reads_on_loop && route.start == DeferredStart::like_reads, &route,
       &request](auto handler) {
        using Handler = decltype(handler);
        struct Pending final : Waiting {
          explicit Pending(Handler h) : handler(std::move(h)) {}
          void drop() override { handler.reset(); }
          std::optional<Handler> handler;  // resumes the suspended request
        };
        auto pending = std::make_shared<Pending>(std::move(handler));
        if (!loops->wait_for(pending.get())) return;  // shutting down: the request is let go of
        Reply reply = [pending, loops, &router, &route, &request](Answer make) {
          loops->answer(pending.get(), [&] {
            auto executor = asio::get_associated_executor(*pending->handler);
            asio::post(executor, [pending, &router, &route, &request, make = std::move(make)] {
              std::move(*pending->handler)(router.answer(route, request, make));
            });
          });
        };
        auto start = [&router, &route, &request, reply = std::move(reply)] { router.run_deferred(route, request, reply); };
        if (on_loop) start();
        else asio::post(*blocking, std::move(start));
      },
      asio::use_awaitable);
}

asio::awaitable<void> session(tcp::socket socket, ServerState& state) {
  beast::error_code ignored;
  socket.set_option(tcp::no_delay(true), ignored);  // else a multi-packet response waits ~40 ms for delayed ACKs
  const std::string remote = socket.remote_endpoint(ignored).address().to_string();
  beast::tcp_stream stream(std::move(socket));
  beast::flat_buffer buffer;

  for (;;) {
    stream.expires_after(state.config.read_timeout);
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(state.config.header_limit));
    parser.body_limit(state.config.body_limit);
    auto [ec, _] = co_await bhttp::async_read(stream, buffer, parser, use_tuple);
    if (ec) {
      if (auto answer = rejection(ec)) {
        auto reply = to_beast(std::move(*answer), 11, false, false);
        co_await bhttp::async_write(stream, reply, use_tuple);
      }
      break;  // end of stream, timeout, reset, or a request we cannot trust
    }

    const InFlight counted(state.in_flight);  // until the answer is written
    const auto started = std::chrono::steady_clock::now();
    BeastRequest beast_request = parser.release();
    const bool head = beast_request.method() == bhttp::verb::head;
    const unsigned version = beast_request.version();
    const bool keep_alive = beast_request.keep_alive() && !state.draining.load();

    Request request;
    std::string route = "invalid";
    Response response;
    if (auto invalid = translate(beast_request, remote, state.config.trust_forwarded_for, request)) {
      response = std::move(*invalid);
    } else if (state.leaving.load() && request.path == state.config.health_path) {
      response = Response::text(503, "Сервер останавливается\n");
    } else if (auto found = state.router.match(request, route); !found.route) {
      response = std::move(found.response);
    } else if (found.route->deferred) {
      response = co_await deferred(state, *found.route, request);
    } else if (request.method == "GET" || request.method == "HEAD") {
      response = state.router.run(*found.route, request);  // reads are short: answer on the event loop
    } else {
      // A write may wait for its group commit (milliseconds): wait on a worker thread, so
      // the event loop keeps serving, and many writers share one fsync.
      response = co_await asio::co_spawn(
          *state.blocking,
          [&]() -> asio::awaitable<Response> { co_return state.router.run(*found.route, request); },
          asio::use_awaitable);
    }
    state.router.finish(request, response);
    if (const auto bad = unsendable_header(response)) {
      log::error("response header refused", "\"route\":\"" + log::json_escape(route) + "\",\"header\":\"" +
                                                log::json_escape(*bad) + "\"");
      response = Response::text(500, "Внутренняя ошибка сервера");
      state.router.finish(request, response);
    }

    const int status = response.status;
    // Recorded before the write, so that a client which has its answer also finds it counted
    // in /metrics; the time is the server's work, not the client's reading speed.
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    observe(route, status, seconds);
    if (state.config.access_log)  // the route pattern, never the query string: it may hold personal data
      log::info("request", "\"method\":\"" + request.method + "\",\"route\":\"" + log::json_escape(route) +
                               "\",\"status\":" + std::to_string(status) +
                               ",\"us\":" + std::to_string(static_cast<long>(seconds * 1e6)));
    if (response.stream && !head) {
      const bool reuse = co_await send_streamed(stream, std::move(response), version, keep_alive, state);
      if (!reuse) break;
      continue;
    }
    auto reply = to_beast(std::move(response), version, keep_alive, head);
    auto [write_ec, bytes] = co_await bhttp::async_write(stream, reply, use_tuple);
    if (write_ec || !keep_alive) break;
  }
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

asio::awaitable<void> accept_loop(tcp::acceptor& acceptor, ServerState& state) {
  for (;;) {
    auto [ec, socket] = co_await acceptor.async_accept(use_tuple);
    if (ec == asio::error::operation_aborted || !acceptor.is_open()) co_return;
    if (ec) continue;  // e.g. EMFILE: keep serving the connections we have
    auto executor = socket.get_executor();
    asio::co_spawn(executor, session(std::move(socket), state), asio::detached);
  }
}

// Stops every event loop once no request is in flight or the grace period is over.
asio::awaitable<void> drain(std::vector<std::unique_ptr<asio::io_context>>& loops, ServerState& state) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  const auto deadline = std::chrono::steady_clock::now() + state.config.shutdown_grace;
  while (state.in_flight.load() > 0 && std::chrono::steady_clock::now() < deadline) {
    timer.expires_after(std::chrono::milliseconds(20));
    co_await timer.async_wait(use_tuple);
  }
  for (auto& loop : loops) loop->stop();
}

}  // namespace

// One event loop per thread, each with its own acceptor on the same port (SO_REUSEPORT):
// the kernel spreads connections over the loops, and a connection stays on one thread for
// its life, so requests never wake another thread or contend on a shared queue.
struct Server::State {
  State(const ServerConfig& c, const Router& r)
      : shared{c, r}, threads(c.threads ? c.threads : std::max(1u, std::thread::hardware_concurrency())),
        blocking(std::max(1u, c.blocking_threads)) {
    shared.blocking = &blocking;
    for (unsigned i = 0; i < threads; ++i) {
      loops.push_back(std::make_unique<asio::io_context>(1));
      acceptors.emplace_back(*loops.back());
    }
  }
  ServerState shared;
  unsigned threads;
  asio::thread_pool blocking;
  std::vector<std::unique_ptr<asio::io_context>> loops;
  std::vector<tcp::acceptor> acceptors;
  std::optional<asio::signal_set> signals;
  std::optional<asio::steady_timer> announcement;
  std::atomic<bool> stopping{false};

  asio::io_context& main_loop() { return *loops.front(); }

  // Runs on the main loop: tells the balancer first, then shuts down; a second call while
  // announcing shuts down at once.
  void leave(const std::string& reason) {
    const auto announce = shared.config.announce_drain;
    if (announce.count() <= 0 || shared.leaving.load()) return begin_shutdown(reason);
    log::info("draining", "\"reason\":\"" + reason + "\",\"ms\":" + std::to_string(announce.count()));
    shared.leaving = true;
    shared.draining = true;
    announcement.emplace(main_loop(), announce);
    announcement->async_wait([this, reason](const beast::error_code& ec) {
      if (!ec) begin_shutdown(reason);
    });
  }

  void wait_for_signal() {
    if (!signals) return;
    signals->async_wait([this](const beast::error_code& ec, int signal) {
      if (ec) return;
      leave("signal " + std::to_string(signal));
      if (!stopping.load()) wait_for_signal();  // a second signal cuts the announcement short
    });
  }

  // Runs on the main loop.
  void begin_shutdown(const std::string& reason) {
    if (stopping.exchange(true)) return;
    log::info("shutting down", "\"reason\":\"" + reason + "\",\"in_flight\":" +
                                   std::to_string(shared.in_flight.load()));
    shared.draining = true;
    for (std::size_t i = 0; i < loops.size(); ++i)
      asio::post(*loops[i], [this, i] {
        beast::error_code ignored;
        acceptors[i].close(ignored);
      });
    if (signals) signals->cancel();
    if (announcement) announcement->cancel();
    asio::co_spawn(main_loop(), drain(loops, shared), asio::detached);
  }
};

Server::Server(const ServerConfig& config, const Router& router) : state_(std::make_unique<State>(config, router)) {
  tcp::endpoint endpoint(asio::ip::make_address(config.address), config.port);
  using reuse_port = asio::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>;
  for (auto& acceptor : state_->acceptors) {
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.set_option(reuse_port(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
    endpoint = acceptor.local_endpoint();  // port 0: the others join the port the first one got
  }
}

Server::~Server() = default;

unsigned short Server::port() const { return state_->acceptors.front().local_endpoint().port(); }

void Server::run(bool handle_signals) {
  auto& s = *state_;
  log::info("listening", "\"address\":\"" + s.shared.config.address + "\",\"port\":" + std::to_string(port()) +
                             ",\"threads\":" + std::to_string(s.threads));
  if (handle_signals) {
    s.signals.emplace(s.main_loop(), SIGINT, SIGTERM);
    s.wait_for_signal();
  }
  for (std::size_t i = 0; i < s.loops.size(); ++i)
    asio::co_spawn(*s.loops[i], accept_loop(s.acceptors[i], s.shared), asio::detached);
  std::vector<std::thread> pool;
  for (std::size_t i = 1; i < s.loops.size(); ++i) pool.emplace_back([&s, i] { s.loops[i]->run(); });
  s.main_loop().run();
  for (auto& t : pool) t.join();
  s.shared.loops_open->close();
  s.shared.streams.close_all();  // producers of streams cut off by the grace period stop now
  s.blocking.join();
  log::info("stopped");
}

void Server::stop() {
  asio::post(state_->main_loop(), [s = state_.get()] { s->leave("stop"); });
}

}  // namespace nok::http
