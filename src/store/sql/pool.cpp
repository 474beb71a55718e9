#include "store/sql/pool.h"

namespace nok::sql {

Pool::Pool(Factory factory, std::size_t max) : factory_(std::move(factory)), max_(max) {
  // Open one connection now so a bad URL or file fails at start-up, not on a request.
  auto first = factory_();
  engine_ = first->engine();
  idle_.push_back(std::move(first));
  open_ = 1;
}

Pool::Pool(Factory factory, std::size_t max, Engine engine)
    : factory_(std::move(factory)), max_(max), engine_(engine) {}

void Pool::drop_idle() {
  std::vector<std::unique_ptr<Connection>> dropped;
  {
    std::lock_guard lock(mutex_);
    open_ -= idle_.size();
    dropped.swap(idle_);
    available_.notify_all();
  }
}  // closed outside the lock

Pool::Lease::~Lease() {
  if (connection_) pool_->release(std::move(connection_));
}

Pool::Lease Pool::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [&] { return !idle_.empty() || open_ < max_; });
  if (!idle_.empty()) {
    auto c = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(c));
  }
  ++open_;
  lock.unlock();
  try {
    return Lease(*this, factory_());
  } catch (...) {
    std::lock_guard relock(mutex_);
    --open_;
    available_.notify_one();
    throw;
  }
}

void Pool::release(std::unique_ptr<Connection> c) {
  std::lock_guard lock(mutex_);
  if (c->healthy()) idle_.push_back(std::move(c));
  else --open_;
  available_.notify_one();
}

}  // namespace nok::sql
