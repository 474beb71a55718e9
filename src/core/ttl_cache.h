#pragma once
#include <array>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace nok {

// A read-through cache for the hottest public reads (the organisation page, the QR
// target). An entry is trusted for `ttl`, so a change made by another `nok` process shows
// within that time; the owner drops entries on its own writes, so this process's changes
// show at once. Sharded so that server threads rarely meet on a lock; a shard that fills
// up is emptied (cheap, and hot keys refill at once).
template <class Value>
class TtlCache {
 public:
  explicit TtlCache(std::chrono::milliseconds ttl, std::size_t capacity = 32768)
      : ttl_(ttl), per_shard_(capacity / kShards) {}

  std::optional<Value> find(std::string_view key) {
    auto& shard = shard_of(key);
    std::lock_guard lock(shard.mutex);
    auto it = shard.entries.find(std::string(key));
    if (it == shard.entries.end() || it->second.expires < std::chrono::steady_clock::now()) return std::nullopt;
    return it->second.value;
  }

  // The value under `key` even when its time is up (nullopt only when there is none): for an
  // owner that compares what it has just made with what it had before replacing it.
  std::optional<Value> find_expired_too(std::string_view key) {
    auto& shard = shard_of(key);
    std::lock_guard lock(shard.mutex);
    auto it = shard.entries.find(std::string(key));
    if (it == shard.entries.end()) return std::nullopt;
    return it->second.value;
  }

  void put(std::string_view key, Value value) {
    auto& shard = shard_of(key);
    std::lock_guard lock(shard.mutex);
    if (shard.entries.size() >= per_shard_) shard.entries.clear();
    shard.entries.insert_or_assign(std::string(key), Entry{std::move(value), std::chrono::steady_clock::now() + ttl_});
  }

  void erase(std::string_view key) {
    auto& shard = shard_of(key);
    std::lock_guard lock(shard.mutex);
    shard.entries.erase(std::string(key));
  }

  void clear() {
    for (auto& shard : shards_) {
      std::lock_guard lock(shard.mutex);
      shard.entries.clear();
    }
  }

 private:
  static constexpr std::size_t kShards = 16;
  struct Entry {
    Value value;
    std::chrono::steady_clock::time_point expires;
  };
  struct Shard {
    std::mutex mutex;
    std::unordered_map<std::string, Entry> entries;
  };
  Shard& shard_of(std::string_view key) { return shards_[std::hash<std::string_view>{}(key) % kShards]; }

  std::chrono::milliseconds ttl_;
  std::size_t per_shard_;
  std::array<Shard, kShards> shards_;
};

}  // namespace nok
