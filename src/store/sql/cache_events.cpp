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

void CacheEvents::drop_everything() {
  for (const auto& [stale, _] : kNames) drop(stale);
}

void CacheEvents::changed(Connection& c, Stale what) {
  drop(what);
  if (c.engine() != Engine::postgres) return;  // one process per SQLite file
  static const std::string notify =
      "SELECT pg_notify('" + std::string(kChannel) + "', current_schema() || ':' || $1)";
  try {
    c.run(notify, {name_of(what)});
  } catch (const std::exception&) {
    static auto& failed = metrics::counter("nok_cache_notifications_failed_total", "");
    failed.add();
  }
}

void CacheEvents::received(std::string_view payload, std::string_view own_schema) {
  const auto colon = payload.rfind(':');
  if (colon == std::string_view::npos || payload.substr(0, colon) != own_schema) return;
  for (const auto& [stale, name] : kNames)
    if (name == payload.substr(colon + 1)) drop(stale);
}

}  // namespace nok::sql
