#include "app/staff/password_hashing.h"

#include <algorithm>

namespace nok {

PasswordHashing::PasswordHashing(unsigned threads, std::size_t queue) : queue_(queue) {
  for (unsigned i = 0; i < std::max(1u, threads); ++i) threads_.emplace_back([this] { work(); });
}

PasswordHashing::~PasswordHashing() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    waiting_.clear();
  }
  ready_.notify_all();
  for (auto& t : threads_) t.join();
}

bool PasswordHashing::try_run(std::function<void()> job) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || waiting_.size() >= queue_) return false;
    waiting_.push_back(std::move(job));
  }
  ready_.notify_one();
  return true;
}

void PasswordHashing::work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
      if (stopping_) return;
      job = std::move(waiting_.front());
      waiting_.pop_front();
    }
    job();
  }
}

}  // namespace nok
