#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

namespace nok::http {

// Hands a streamed body from its producer (a worker thread) to the connection that sends it,
// holding at most about `capacity` bytes: the producer waits while the client reads slowly,
// so a multi-gigabyte download costs the server no more memory than a small one.
// Either side may end it: the producer with finish(), the connection with close(), after
// which the producer's next write throws StreamAborted.
class BodyPipe {
 public:
  // `wake` tells the connection that a chunk or the end has arrived; it is called from the
  // producer's thread with the pipe's lock held, so it must only schedule work (asio::post).
  BodyPipe(std::size_t capacity, std::function<void()> wake);

  // Producer side.
  void write(std::string_view chunk);  // blocks while the pipe is full; throws StreamAborted once closed
  void finish(bool complete);          // complete = false: the producer failed part way

  // Connection side; never blocks.
  enum class Take { chunk, empty, end, broken };
  Take take(std::string& chunk);  // chunk: `chunk` filled; empty: wait for wake; end/broken: the producer is done
  void close();                   // the client is gone or the server stops: release the producer

 private:
  const std::size_t capacity_;
  const std::function<void()> wake_;
  std::mutex mutex_;
  std::condition_variable room_;
  std::deque<std::string> chunks_;
  std::size_t queued_ = 0;  // bytes in chunks_
  bool finished_ = false, complete_ = false, closed_ = false;
};

}  // namespace nok::http
