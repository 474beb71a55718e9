#pragma once
#include <atomic>
#include <string>
#include <thread>

#include "store/sql/cache_events.h"

namespace nok::sql {

// Listens on PostgreSQL for the cache notifications of every process of the database and
// hands them to `events` (see CacheEvents), on a thread and a connection of its own. When
// the connection breaks it drops every cache, reconnects once a second, and drops every
// cache again once listening (what changed meanwhile was not heard). Stops, promptly, when
// destroyed; destroy it before the caches it drops.
class CacheListener {
 public:
  CacheListener(std::string url, CacheEvents& events);
  ~CacheListener();
  CacheListener(const CacheListener&) = delete;
  CacheListener& operator=(const CacheListener&) = delete;

 private:
  void run();
  // Listens until the connection breaks or stop is asked; false when stopping.
  bool listen_once();
  enum class Woken { readable, timeout, stop };
  // Waits up to `ms` for `fd` (none when -1) to be readable or for the stop signal.
  Woken wait(int fd, int ms);

  const std::string url_;
  CacheEvents& events_;
  int wake_[2] = {-1, -1};  // a pipe: a byte written to wake_[1] stops the thread
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace nok::sql
