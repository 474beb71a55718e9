#pragma once
// A concurrent burst, as an attacker's script or a double tap makes it.
#include <atomic>
#include <thread>
#include <vector>

namespace nok::test {

// Runs `call(i)` for each i in [0, threads) on its own thread, all released at once, and
// returns when every call has returned.
template <class Call>
void burst(int threads, Call call) {
  std::atomic<bool> go{false};
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (int i = 0; i < threads; ++i)
    pool.emplace_back([&go, &call, i] {
      while (!go) std::this_thread::yield();
      call(i);
    });
  go = true;
  for (auto& t : pool) t.join();
}

}  // namespace nok::test
