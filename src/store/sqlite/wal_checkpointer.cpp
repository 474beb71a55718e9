#include "store/sqlite/wal_checkpointer.h"

#include <pthread.h>

#include <chrono>

#include "store/sqlite/sqlite_connection.h"

namespace nok::sql {

WalCheckpointer::WalCheckpointer(std::string path) : path_(std::move(path)), thread_([this] { loop(); }) {}

WalCheckpointer::~WalCheckpointer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void WalCheckpointer::loop() {
  pthread_setname_np(pthread_self(), "nok-checkpoint");
  try {
    auto c = open_sqlite(path_);
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::milliseconds(250), [this] { return stopping_; })) {
      lock.unlock();
      c->script("PRAGMA wal_checkpoint(PASSIVE)");
      lock.lock();
    }
    lock.unlock();
    c->script("PRAGMA wal_checkpoint(TRUNCATE)");
  } catch (const DatabaseError&) {
    // Busy or closing: the next process's checkpoints (or SQLite on open) catch up.
  }
}

}  // namespace nok::sql
