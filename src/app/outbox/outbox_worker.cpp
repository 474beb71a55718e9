#include "app/outbox/outbox_worker.h"

#include <pthread.h>

namespace nok {
namespace {

constexpr int kRound = 50;  // messages per round, so that stopping waits for little

}  // namespace

OutboxWorker::OutboxWorker(Outbox& outbox, std::chrono::milliseconds interval, ErrorHandler on_error)
    : outbox_(outbox), interval_(interval), on_error_(std::move(on_error)), thread_([this] { loop(); }) {}

OutboxWorker::~OutboxWorker() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void OutboxWorker::loop() {
  pthread_setname_np(pthread_self(), "nok-outbox");
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    bool more = false;
    try {
      more = outbox_.send_due(kRound).attempted() >= kRound;
    } catch (const std::exception& e) {
      on_error_(e);
    }
    lock.lock();
    if (!more) wake_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

}  // namespace nok
