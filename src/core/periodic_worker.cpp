#include "core/periodic_worker.h"

#include <pthread.h>

namespace nok {

PeriodicWorker::PeriodicWorker(std::string name, std::chrono::milliseconds interval, Round round, ErrorHandler on_error)
    : name_(std::move(name)),
      interval_(interval),
      round_(std::move(round)),
      on_error_(std::move(on_error)),
      thread_([this] { loop(); }) {}

PeriodicWorker::~PeriodicWorker() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void PeriodicWorker::loop() {
  pthread_setname_np(pthread_self(), name_.substr(0, 15).c_str());
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    bool more = false;
    try {
      more = round_();
    } catch (const std::exception& e) {
      on_error_(e);
    }
    lock.lock();
    if (!more) wake_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

}  // namespace nok
