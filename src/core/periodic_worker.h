#pragma once
#include <chrono>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace nok {

// A background round of `nok serve` (the outbox's sender, the website checker) on a thread of
// its own: runs `round` every `interval`, and at once again while a round reports that more is
// due than it took. A round that throws (the database is unreachable) is reported to
// `on_error`, and the next one comes at the usual time. Destruction stops it after the round
// in progress, if any: rounds are kept short for that.
class PeriodicWorker {
 public:
  using Round = std::function<bool()>;  // true: more is due now
  using ErrorHandler = std::function<void(const std::exception&)>;

  // `name` names the thread (at most 15 characters show in top and gdb).
  PeriodicWorker(std::string name, std::chrono::milliseconds interval, Round round, ErrorHandler on_error);
  ~PeriodicWorker();
  PeriodicWorker(const PeriodicWorker&) = delete;
  PeriodicWorker& operator=(const PeriodicWorker&) = delete;

 private:
  void loop();

  std::string name_;
  std::chrono::milliseconds interval_;
  Round round_;
  ErrorHandler on_error_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace nok
