#pragma once
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace nok::sql {

// Copies committed pages from the write-ahead log into the database file on a thread
// and connection of its own, a few times a second. SQLite would otherwise do it inside
// a committing transaction every 1000 pages — on the group-commit writer, the one
// thread every submission waits for. A passive checkpoint never blocks the writer or
// readers; the last one, on shutdown, truncates the log.
class WalCheckpointer {
 public:
  explicit WalCheckpointer(std::string path);
  ~WalCheckpointer();
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

 private:
  void loop();

  std::string path_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace nok::sql
