#pragma once
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <tuple>

#include "store/placement_store.h"
#include "store/sql/pool.h"

namespace nok::sql {

// The PlacementStore in portable SQL over the main store's pool. Placements in
// placements.cpp; the funnel counters in scan_counts.cpp.
//
// Counting is buffered: the organisation page is the QR target, served from caches at
// thousands of requests a second, and one write per scan would make it write-bound.
// Counts gather in memory and a background thread writes them to scan_counts as `+n`
// upserts once per `flush_every`, in one transaction (never in a request: the page's
// event loop must not wait for a commit); reads flush first, and so does the destructor.
// A crash loses at most that interval's counts — they are statistics, not records.
class SqlPlacementStore final : public PlacementStore {
 public:
  explicit SqlPlacementStore(Pool& pool, std::chrono::milliseconds flush_every = std::chrono::seconds(1))
      : pool_(pool), flush_every_(flush_every) {}
  ~SqlPlacementStore() override;

  Placement add_placement(const Placement& placement, AuditEntry audit) override;
  std::vector<Placement> placements(std::int64_t organisation_id) override;
  std::optional<Placement> find_placement(std::int64_t id) override;
  bool confirm_placement(std::int64_t id, std::int64_t user_id, AuditEntry audit) override;
  bool remove_placement(std::int64_t id, AuditEntry audit) override;

  void count(std::string_view organisation_code, std::int64_t placement_id, FunnelStage stage) override;
  std::vector<PlacementFunnel> funnel(std::int64_t organisation_id, const std::string& from_day,
                                      const std::string& to_day) override;
  std::vector<PlacementOverviewRow> overview(std::int64_t authority_id, std::string_view region_code,
                                             int year) override;

  // Writes the buffered counts now.
  void flush();

 private:
  using Key = std::tuple<std::string, std::int64_t, std::string>;  // organisation code, placement, day

  void flush_periodically();

  Pool& pool_;
  const std::chrono::milliseconds flush_every_;
  std::mutex mutex_;
  std::map<Key, FunnelCounts> pending_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread flusher_;  // started by the first count
};

}  // namespace nok::sql
