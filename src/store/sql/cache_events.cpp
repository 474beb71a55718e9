#include "store/sql/cache_events.h"

#include "core/metrics.h"
#include "store/sql/connection.h"

namespace nok::sql {
namespace {

constexpr std::pair<Stale, std::string_view> kNames[] = {
    {Stale::registry, "registry"}, {Stale::cycles, "cycles"}, {Stale::publication, "publication"}};

std::string_view name_of(Stale what) {
  for (const auto& [stale, name] : kNames)
    if (stale == what) return name;
  return "";
}

}  // namespace

void CacheEvents::subscribe(Drop drop) {
  std::lock_guard lock(mutex_);
  subscribers_.push_back(std::move(drop));
}

void CacheEvents::drop(Stale what) {
  std::lock_guard lock(mutex_);
  for (const auto& d : subscribers_) d(what);
}

void CacheEvents::advance(std::uint64_t position) {
  for (auto seen = position_.load(); position > seen && !position_.compare_exchange_weak(seen, position);) {
  }
}

void CacheEvents::drop_everything(std::uint64_t position) {
  advance(position);
  for (const auto& [stale, _] : kNames) drop(stale);
}

void CacheEvents::changed(Connection& c, Stale what) {
  if (c.engine() == Engine::postgres) {  // one process per SQLite file: nobody to tell
    // The position is read after the commit, so it is at or past it.
    static const std::string notify = "SELECT pg_notify('" + std::string(kChannel) +
                                      "', current_schema() || ':' || $1) AS notified, " + kPosition + " AS position";
    try {
      c.run(notify, {name_of(what)}, [&](const Row& r) { advance(static_cast<std::uint64_t>(r.i64("position"))); });
    } catch (const std::exception&) {
      static auto& failed = metrics::counter("nok_cache_notifications_failed_total", "");
      failed.add();
    }
  }
  drop(what);
}

void CacheEvents::received(std::string_view payload, std::string_view own_schema, std::uint64_t position) {
  const auto colon = payload.rfind(':');
  if (colon == std::string_view::npos || payload.substr(0, colon) != own_schema) return;
  advance(position);
  for (const auto& [stale, name] : kNames)
    if (name == payload.substr(colon + 1)) drop(stale);
}

}  // namespace nok::sql
