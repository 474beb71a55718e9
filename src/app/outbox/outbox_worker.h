#pragma once
#include <chrono>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include "app/outbox/outbox.h"

namespace nok {

// `nok serve`'s sender: runs Outbox::send_due on a thread of its own every `interval`,
// at once again while a round finds more due messages than it takes. A round that throws
// (the database is unreachable) is reported to `on_error` and the next one comes at the
// usual time. Destruction stops it after the message being sent, if any.
class OutboxWorker {
 public:
  using ErrorHandler = std::function<void(const std::exception&)>;
  OutboxWorker(Outbox& outbox, std::chrono::milliseconds interval, ErrorHandler on_error);
  ~OutboxWorker();
  OutboxWorker(const OutboxWorker&) = delete;
  OutboxWorker& operator=(const OutboxWorker&) = delete;

 private:
  void loop();

  Outbox& outbox_;
  std::chrono::milliseconds interval_;
  ErrorHandler on_error_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace nok
