#include "core/id.h"

#include <sodium.h>

#include <atomic>
#include <chrono>
#include <vector>

namespace nok {

std::int64_t new_id() {
  using namespace std::chrono;
  static const std::int64_t tag = static_cast<std::int64_t>(randombytes_uniform(1u << 10)) << 12;
  static std::atomic<std::int64_t> last{0};
  const std::int64_t ms = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
  const std::int64_t first_of_this_ms = (ms << 22) | tag;
  std::int64_t previous = last.load(std::memory_order_relaxed), next;
  do {
    next = std::max(first_of_this_ms, previous + 1);
    if ((next & 0xFFF) == 0 && next != first_of_this_ms) next = (((next >> 22) + 1) << 22) | tag;  // sequence wrapped
  } while (!last.compare_exchange_weak(previous, next, std::memory_order_relaxed));
  return next;
}

std::string random_token(std::size_t bytes) {
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_encoded_len(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.size() - 1);  // drop the terminating NUL
  return out;
}

}  // namespace nok
