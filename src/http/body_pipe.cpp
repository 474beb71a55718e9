#include "http/body_pipe.h"

#include "http/message.h"

namespace nok::http {

BodyPipe::BodyPipe(std::size_t capacity, std::function<void()> wake) : capacity_(capacity), wake_(std::move(wake)) {}

void BodyPipe::write(std::string_view chunk) {
  if (chunk.empty()) return;  // an empty chunk would end a chunked body
  std::unique_lock lock(mutex_);
  // A chunk larger than the capacity still passes once the pipe is empty.
  room_.wait(lock, [&] { return closed_ || queued_ < capacity_; });
  if (closed_) throw StreamAborted();
  chunks_.emplace_back(chunk);
  queued_ += chunk.size();
  wake_();
}

void BodyPipe::finish(bool complete) {
  std::lock_guard lock(mutex_);
  finished_ = true;
  complete_ = complete;
  if (!closed_) wake_();  // after close() the connection may be gone with its event loop
}

BodyPipe::Take BodyPipe::take(std::string& chunk) {
  std::lock_guard lock(mutex_);
  if (!chunks_.empty()) {
    chunk = std::move(chunks_.front());
    chunks_.pop_front();
    queued_ -= chunk.size();
    room_.notify_one();
    return Take::chunk;
  }
  if (!finished_) return Take::empty;
  return complete_ ? Take::end : Take::broken;
}

void BodyPipe::close() {
  std::lock_guard lock(mutex_);
  closed_ = true;
  chunks_.clear();
  queued_ = 0;
  room_.notify_all();
}

}  // namespace nok::http
