#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace nok {

// The threads that check staff passwords, apart from the server's: an argon2id check holds
// a core and its memory limit (256 MiB) for about a second, so a burst of sign-ins must take
// neither the threads other requests run on nor memory without bound. At most `threads`
// checks run at once; up to `queue` more wait; beyond that no place is given, so the
// sign-in can answer "busy" at once instead of making everyone wait (docs/security.md).
class PasswordHashing {
 public:
  // A place in the queue, taken before the work that decides whether a check is needed at
  // all (the limits, written to the database), so that a sign-in with no room costs nothing
  // but its answer. Given back when dropped unused.
  class Place {
   public:
    Place(Place&& other) noexcept : owner_(std::exchange(other.owner_, nullptr)) {}
    Place& operator=(Place&&) = delete;
    ~Place();

   private:
    friend class PasswordHashing;
    explicit Place(PasswordHashing& owner) : owner_(&owner) {}
    PasswordHashing* owner_;
  };

  PasswordHashing(unsigned threads, std::size_t queue);
  // Jobs still waiting are dropped (never run); running ones are waited for. Every Place
  // must be gone first.
  ~PasswordHashing();
  PasswordHashing(const PasswordHashing&) = delete;
  PasswordHashing& operator=(const PasswordHashing&) = delete;

  // A place for one job; std::nullopt, at once, when `queue` jobs wait or hold places.
  std::optional<Place> reserve();
  // Runs `job` in `place` on one of the threads, in order of arrival. A job reports its own
  // failures: it must not throw.
  void run(Place place, std::function<void()> job);

 private:
  void work();

  const std::size_t queue_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::size_t places_ = 0;  // taken: held by callers or waiting in `waiting_`
  std::deque<std::function<void()>> waiting_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;  // last: started once the rest is ready
};

}  // namespace nok
