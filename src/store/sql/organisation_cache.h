#pragma once
#include <array>
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "domain/registry/organisation.h"

namespace nok::sql {

// A read-through cache of registry rows by public code for the organisation page (the
// QR target, the hottest read). The registry is reference data that changes by import or
// a staff edit; a row is trusted for `ttl`, so another `nok` process's edit shows within
// that time and this process's own edits show at once (the store clears the cache).
// Sharded so that server threads rarely meet on a lock; each shard holds at most
// `capacity / shards` rows and is emptied when full (cheap, and hot rows refill at once).
class OrganisationCache {
 public:
  explicit OrganisationCache(std::chrono::milliseconds ttl = std::chrono::seconds(5), std::size_t capacity = 32768)
      : ttl_(ttl), per_shard_(capacity / kShards) {}

  std::optional<Organisation> find(std::string_view code);
  void put(const Organisation& organisation);
  void clear();

 private:
  static constexpr std::size_t kShards = 16;
  struct Entry {
    Organisation organisation;
    std::chrono::steady_clock::time_point expires;
  };
  struct Shard {
    std::mutex mutex;
    std::unordered_map<std::string, Entry> rows;
  };
  Shard& shard_of(std::string_view code) { return shards_[std::hash<std::string_view>{}(code) % kShards]; }

  std::chrono::milliseconds ttl_;
  std::size_t per_shard_;
  std::array<Shard, kShards> shards_;
};

}  // namespace nok::sql
