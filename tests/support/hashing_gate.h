#pragma once
#include <gtest/gtest.h>

#include <condition_variable>
#include <memory>
#include <mutex>

#include "app/staff/password_hashing.h"

namespace nok::test {

// Holds every thread of a PasswordHashing until released (or destroyed), so that what was
// queued for a password check is still waiting: what a test sees meanwhile was answered
// without any hashing, and in the order it checks, not by how fast the machine hashes.
class HashingGate {
 public:
  HashingGate(PasswordHashing& hashing, unsigned threads) : state_(std::make_shared<State>()) {
    for (unsigned i = 0; i < threads; ++i) {
      auto place = hashing.reserve();
      EXPECT_TRUE(place) << "the queue has room for the gate";
      if (!place) return;
      hashing.run(std::move(*place), [state = state_] {
        std::unique_lock lock(state->mutex);
        ++state->held;
        state->changed.notify_all();
        state->changed.wait(lock, [&] { return state->open; });
      });
    }
    std::unique_lock lock(state_->mutex);
    state_->changed.wait(lock, [&] { return state_->held == threads; });
  }
  ~HashingGate() { release(); }
  HashingGate(const HashingGate&) = delete;
  HashingGate& operator=(const HashingGate&) = delete;

  void release() {
    {
      std::lock_guard lock(state_->mutex);
      state_->open = true;
    }
    state_->changed.notify_all();
  }

 private:
  struct State {  // shared with the held jobs, which may wake after the gate is gone
    std::mutex mutex;
    std::condition_variable changed;
    unsigned held = 0;
    bool open = false;
  };
  std::shared_ptr<State> state_;
};

}  // namespace nok::test
