#pragma once
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/sql/connection.h"

namespace nok::sql {

// A bounded set of connections shared by the server's threads. Connections are opened
// lazily up to `max`; a thread that finds none free waits. A connection that reports
// itself unhealthy is dropped on return and replaced by a fresh one on demand.
class Pool {
 public:
  using Factory = std::function<std::unique_ptr<Connection>()>;
  // Opens one connection at once, so that a bad URL or file fails at start-up.
  Pool(Factory factory, std::size_t max);
  // Opens none until the first acquire(): for a server allowed to be away at start-up (a
  // read replica, store/sql/public_reads.h).
  Pool(Factory factory, std::size_t max, Engine engine);

  class Lease {
   public:
    Lease(Pool& pool, std::unique_ptr<Connection> c) : pool_(&pool), connection_(std::move(c)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Connection& operator*() { return *connection_; }
    Connection* operator->() { return connection_.get(); }

   private:
    Pool* pool_;
    std::unique_ptr<Connection> connection_;
  };

  // Throws what the factory throws when a new connection cannot be opened.
  Lease acquire();
  Engine engine() const { return engine_; }
  // Closes the idle connections: their server went away, so each would fail once. Leased
  // ones are dropped when they come back unhealthy.
  void drop_idle();

 private:
  void release(std::unique_ptr<Connection> c);

  Factory factory_;
  std::size_t max_;
  std::size_t open_ = 0;
  Engine engine_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

}  // namespace nok::sql
