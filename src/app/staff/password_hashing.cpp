#include "app/staff/password_hashing.h"

#include <algorithm>

namespace nok {

PasswordHashing::Place::~Place() {
  if (!owner_) return;
  std::lock_guard lock(owner_->mutex_);
  --owner_->places_;
}

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

std::optional<PasswordHashing::Place> PasswordHashing::reserve() {
  std::lock_guard lock(mutex_);
  if (stopping_ || places_ >= queue_) return std::nullopt;
  ++places_;
  return Place(*this);
}

void PasswordHashing::run(Place place, std::function<void()> job) {
  {
    std::lock_guard lock(mutex_);
    place.owner_ = nullptr;  // the place passes to the job; a thread frees it when it takes the job
    waiting_.push_back(std::move(job));
  }
  ready_.notify_one();
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
      --places_;
    }
    job();
  }
}

}  // namespace nok
