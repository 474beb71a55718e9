#include "store/sql/public_reads.h"

#include "core/metrics.h"

namespace nok::sql {
namespace {

void count_fallback(const char* reason) {
  metrics::counter("nok_read_replica_fallbacks_total", std::string("reason=\"") + reason + "\"").add();
}

}  // namespace

PublicReads::PublicReads(Pool& primary, std::unique_ptr<Pool> replica, const CacheEvents& events)
    : primary_(primary), events_(events), replica_(std::move(replica)) {
  prober_ = std::make_unique<PeriodicWorker>(
      "nok-replica", std::chrono::seconds(1),
      [this] {
        probe();
        return false;
      },
      [](const std::exception&) {});
}

void PublicReads::probe() {
  if (up_) return;
  try {
    auto c = replica_->acquire();
    c->run("SELECT 1");
  } catch (const DatabaseError&) {
    return;  // still away; the next round tries again
  }
  // A standby that restarted may have replayed less than it reported before it went away.
  replayed_ = 0;
  up_ = true;
}

std::optional<Pool::Lease> PublicReads::replica_lease() {
  if (!replica_) return std::nullopt;
  if (!up_) {
    count_fallback("down");
    return std::nullopt;
  }
  std::optional<Pool::Lease> lease;
  try {
    lease.emplace(replica_->acquire());
    const std::uint64_t needed = events_.position();
    if (needed > replayed_) {
      // COALESCE: a server that is not in recovery (a promoted standby) is never behind itself.
      std::uint64_t replayed = 0;
      (*lease)->run(
          "SELECT (COALESCE(pg_last_wal_replay_lsn(), pg_current_wal_lsn()) - '0/0'::pg_lsn)::bigint AS position", {},
          [&](const Row& r) { replayed = static_cast<std::uint64_t>(r.i64("position")); });
      for (auto seen = replayed_.load(); replayed > seen && !replayed_.compare_exchange_weak(seen, replayed);) {
      }
      if (replayed < needed) {
        count_fallback("behind");
        return std::nullopt;
      }
    }
  } catch (const DatabaseError&) {
    if (lease) failed(**lease);
    else {
      count_fallback("failed");
      up_ = false;  // no connection could be opened
    }
    return std::nullopt;
  }
  return lease;
}

Pool::Lease PublicReads::acquire() {
  if (auto lease = replica_lease()) return std::move(*lease);
  return primary_.acquire();
}

void PublicReads::failed(Connection& c) {
  count_fallback("failed");
  if (c.healthy()) return;  // the server refused this query (a conflict with recovery), not lost
  up_ = false;
  replica_->drop_idle();  // they lead to the same lost server
}

}  // namespace nok::sql
