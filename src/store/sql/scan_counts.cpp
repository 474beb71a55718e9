// The anonymous daily funnel counters: scans, surveys opened, surveys counted.
#include "core/time.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_placement_store.h"

namespace nok::sql {
namespace {

// Distinct (organisation, placement, day) counters kept between flushes. Real traffic
// needs a few hundred; a flood of made-up placement ids is dropped beyond this.
constexpr std::size_t kMaxPending = 10000;

}  // namespace

SqlPlacementStore::~SqlPlacementStore() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (flusher_.joinable()) flusher_.join();
  try {
    flush();
  } catch (const DatabaseError&) {
    // Shutting down with the database gone: the last second's counts are lost.
  }
}

void SqlPlacementStore::flush_periodically() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, flush_every_, [&] { return stopping_; });
    if (stopping_) break;
    lock.unlock();
    try {
      flush();
    } catch (const DatabaseError&) {
      // The database is away for a moment; the counts wait for the next round.
    }
    lock.lock();
  }
}

void SqlPlacementStore::count(std::string_view organisation_code, std::int64_t placement_id, FunnelStage stage) {
  {
    std::lock_guard lock(mutex_);
    if (!flusher_.joinable() && !stopping_) flusher_ = std::thread([this] { flush_periodically(); });
    Key key{std::string(organisation_code), placement_id, iso_utc_now().substr(0, 10)};
    auto it = pending_.find(key);
    if (it == pending_.end()) {
      if (pending_.size() >= kMaxPending) return;
      it = pending_.emplace(std::move(key), FunnelCounts{}).first;
    }
    auto& counts = it->second;
    switch (stage) {
      case FunnelStage::scan: ++counts.scans; break;
      case FunnelStage::started: ++counts.started; break;
      case FunnelStage::completed: ++counts.completed; break;
      case FunnelStage::outgoing: ++counts.outgoing; break;
    }
  }
}

void SqlPlacementStore::flush() {
  std::map<Key, FunnelCounts> batch;
  {
    std::lock_guard lock(mutex_);
    batch.swap(pending_);
  }
  if (batch.empty()) return;
  auto c = pool_.acquire();
  Transaction tx(*c);
  for (const auto& [key, n] : batch) {
    const auto& [code, placement_id, day] = key;
    std::int64_t organisation = 0;
    // The SELECT yields no row for an unknown organisation, or for a placement that is
    // not a live placement of this organisation: such counts go nowhere.
    c->run("INSERT INTO scan_counts (organisation_id, placement_id, day, scans, started, completed, outgoing) "
           "SELECT o.id, CAST($2 AS BIGINT), $3, CAST($4 AS BIGINT), CAST($5 AS BIGINT), CAST($6 AS BIGINT), "
           "CAST($7 AS BIGINT) "
           "FROM organisations o WHERE o.code = $1 AND (CAST($2 AS BIGINT) = 0 OR EXISTS (SELECT 1 FROM placements p "
           "WHERE p.id = CAST($2 AS BIGINT) AND p.organisation_id = o.id AND p.removed_at IS NULL)) "
           "ON CONFLICT (organisation_id, placement_id, day) DO UPDATE SET scans = scan_counts.scans + excluded.scans, "
           "started = scan_counts.started + excluded.started, completed = scan_counts.completed + excluded.completed, "
           "outgoing = scan_counts.outgoing + excluded.outgoing RETURNING organisation_id",
           {std::string_view(code), placement_id, std::string_view(day), n.scans, n.started, n.completed, n.outgoing},
           [&](const Row& r) { organisation = r.i64("organisation_id"); });
    if (organisation) count_scans(*c, organisation, placement_id, day, n);
  }
  tx.commit();
}

std::vector<PlacementFunnel> SqlPlacementStore::funnel(std::int64_t organisation_id, const std::string& from_day,
                                                       const std::string& to_day) {
  flush();
  std::vector<PlacementFunnel> out;
  auto c = pool_.acquire();
  c->run("SELECT placement_id, SUM(scans) AS scans, SUM(started) AS started, SUM(completed) AS completed, "
         "SUM(outgoing) AS outgoing "
         "FROM scan_counts "
         "WHERE organisation_id = $1 AND day >= $2 AND day <= $3 GROUP BY placement_id ORDER BY placement_id",
         {organisation_id, std::string_view(from_day), std::string_view(to_day)},
         [&](const Row& r) {
           out.push_back(
               {r.i64("placement_id"), {r.i64("scans"), r.i64("started"), r.i64("completed"), r.i64("outgoing")}});
         });
  return out;
}

}  // namespace nok::sql
