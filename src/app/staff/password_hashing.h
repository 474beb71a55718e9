#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace nok {

// The threads that check staff passwords, apart from the server's: an argon2id check holds
// a core and its memory limit (256 MiB) for about a second, so a burst of sign-ins must take
// neither the threads other requests run on nor memory without bound. At most `threads`
// checks run at once; up to `queue` more wait; beyond that a job is refused at once, so the
// sign-in can answer "busy" instead of making everyone wait (docs/security.md).
class PasswordHashing {
 public:
  PasswordHashing(unsigned threads, std::size_t queue);
  // Jobs still waiting are dropped (never run); running ones are waited for.
  ~PasswordHashing();
  PasswordHashing(const PasswordHashing&) = delete;
  PasswordHashing& operator=(const PasswordHashing&) = delete;

  // Runs `job` on one of the threads, in order of arrival; false, and `job` not taken, when
  // `queue` jobs wait already. A job reports its own failures: it must not throw.
  bool try_run(std::function<void()> job);

 private:
  void work();

  const std::size_t queue_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> waiting_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;  // last: started once the rest is ready
};

}  // namespace nok
