#include "store/sql/organisation_cache.h"

namespace nok::sql {

std::optional<Organisation> OrganisationCache::find(std::string_view code) {
  auto& shard = shard_of(code);
  std::lock_guard lock(shard.mutex);
  auto it = shard.rows.find(std::string(code));
  if (it == shard.rows.end() || it->second.expires < std::chrono::steady_clock::now()) return std::nullopt;
  return it->second.organisation;
}

void OrganisationCache::put(const Organisation& organisation) {
  auto& shard = shard_of(organisation.code);
  std::lock_guard lock(shard.mutex);
  if (shard.rows.size() >= per_shard_) shard.rows.clear();
  shard.rows.insert_or_assign(organisation.code, Entry{organisation, std::chrono::steady_clock::now() + ttl_});
}

void OrganisationCache::clear() {
  for (auto& shard : shards_) {
    std::lock_guard lock(shard.mutex);
    shard.rows.clear();
  }
}

}  // namespace nok::sql
