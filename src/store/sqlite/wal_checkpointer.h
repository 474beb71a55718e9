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
//
// Under a steady stream of writes a passive checkpoint never catches up with the end of
// the log, and the log only starts over from its beginning once everything in it is
// copied: left alone it grew by 240 MB a second, each page written into newly allocated
// (and zeroed) file blocks. So the writer's own connection (open_sqlite_writer) also
// checkpoints once the log holds 16384 pages: it copies what this thread has not yet
// copied, and its next transaction starts the log over, in blocks the file already has.
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
