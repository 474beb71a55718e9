#include "store/postgres/cache_listener.h"

#include <fcntl.h>
#include <libpq-fe.h>
#include <poll.h>
#include <unistd.h>

#include <memory>
#include <stdexcept>

#include "core/metrics.h"
#include "store/postgres/postgres_connection.h"

namespace nok::sql {
namespace {

struct Finish {
  void operator()(PGconn* c) const { PQfinish(c); }
};
using Conn = std::unique_ptr<PGconn, Finish>;

// Runs a statement that returns nothing or one value; throws with libpq's message.
std::string exec(PGconn* c, const std::string& sql) {
  std::unique_ptr<PGresult, void (*)(PGresult*)> r(PQexec(c, sql.c_str()), PQclear);
  const auto status = PQresultStatus(r.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw std::runtime_error(PQerrorMessage(c));
  return PQntuples(r.get()) > 0 ? PQgetvalue(r.get(), 0, 0) : "";
}

}  // namespace

CacheListener::CacheListener(std::string url, CacheEvents& events) : url_(std::move(url)), events_(events) {
  if (pipe2(wake_, O_CLOEXEC | O_NONBLOCK) != 0) throw std::runtime_error("pipe2 failed");
  thread_ = std::thread([this] { run(); });
}

CacheListener::~CacheListener() {
  stopping_ = true;
  const char byte = 1;
  [[maybe_unused]] const auto written = write(wake_[1], &byte, 1);
  thread_.join();
  close(wake_[0]);
  close(wake_[1]);
}

CacheListener::Woken CacheListener::wait(int fd, int ms) {
  pollfd fds[2] = {{wake_[0], POLLIN, 0}, {fd, POLLIN, 0}};
  const int ready = poll(fds, fd >= 0 ? 2 : 1, ms);
  if (stopping_) return Woken::stop;
  return ready > 0 ? Woken::readable : Woken::timeout;
}

void CacheListener::run() {
  while (!stopping_) {
    try {
      if (!listen_once()) return;
    } catch (const std::exception&) {
      static auto& lost = metrics::counter("nok_cache_listener_reconnects_total", "");
      lost.add();  // an unreachable database is reported by /healthz and by every request
    }
    events_.drop_everything();  // what changed while nobody listened was not heard
    if (wait(-1, 1000) == Woken::stop) return;
  }
}

bool CacheListener::listen_once() {
  Conn conn(connect_postgres(url_));
  PGconn* c = conn.get();
  // Named apart in pg_stat_activity: its last statement is not always the LISTEN.
  exec(c, "SET application_name = 'nok cache listener'");
  const std::string schema = exec(c, "SELECT current_schema()");
  const std::string listen = "LISTEN " + std::string(CacheEvents::kChannel);
  exec(c, listen);
  const std::string select_position = "SELECT " + std::string(CacheEvents::kPosition);
  const auto position = [&] { return std::stoull(exec(c, select_position)); };
  events_.drop_everything(position());  // whatever changed before we listened
  for (;;) {
    const auto woken = wait(PQsocket(c), 30'000);
    if (woken == Woken::stop) return false;
    // A quiet half minute may hide a server that vanished without closing the connection;
    // listening again (a no-op) asks it.
    if (woken == Woken::timeout) exec(c, listen);
    if (PQconsumeInput(c) == 0) throw std::runtime_error(PQerrorMessage(c));
    // The primary's position once the notifications are here, so past their commits: a
    // read replica must reach it before the caches they drop are refilled from it.
    std::uint64_t after = 0;
    while (PGnotify* n = PQnotifies(c)) {
      std::unique_ptr<PGnotify, void (*)(void*)> owned(n, PQfreemem);
      if (after == 0) after = position();
      events_.received(n->extra, schema, after);
    }
  }
}

}  // namespace nok::sql
