#pragma once
#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>

#include "core/periodic_worker.h"
#include "store/sql/cache_events.h"
#include "store/sql/pool.h"

namespace nok::sql {

// Where the public reads go: the organisation page's registry row and cycle membership,
// search, open data and the published results, the monitoring's figures. With a read
// replica (a PostgreSQL hot standby, NOK_DB_READ) they go there; everything else — writes,
// sign-in, staff pages, a citizen's own pages, and whatever a citizen's own write changes
// (the live tally, ratings and reviews) — takes the primary's pool directly, so nobody sees
// their own answer vanish. The registry rows and cycle memberships read here are cached and
// serve the writes too (a submission's organisation and cycle); the rule below keeps them as
// fresh as the caches were without a replica.
//
// The replica may lag. A lag alone is fine for a public read, but not for a cache: when a
// change drops a cached entry and the entry is read again from a replica that has not
// replayed the change yet, the old value would be cached again for the cache's whole time
// limit. So the replica serves a read only once it has replayed everything this process has
// been told changed: CacheEvents records the primary's WAL position at every change it hears
// (before the caches drop anything), and a read first compares it with the replica's replay
// position, asking the replica only when the recorded one is beyond what it last answered. A
// replica behind it hands the read to the primary. This one rule covers every cache, in every
// process, whatever the order of its drops and refills, and costs a query only after a change.
// (Reading every dropped entry back from the primary would leave a refill after the entry's
// time limit free to read a replica further behind than the primary was at the drop.)
//
// A replica that fails — no connection, a lost server, a query it refuses — hands that read
// to the primary at once; a lost connection also marks it down, and every read then goes to
// the primary, without a wait, until a thread of its own (`nok-replica`) reaches it again,
// once a second. Fallbacks are counted in nok_read_replica_fallbacks_total{reason}.
class PublicReads {
 public:
  // Without a replica: every read on `primary`.
  PublicReads(Pool& primary, const CacheEvents& events) : primary_(primary), events_(events) {}
  // Reads on `replica` (opened lazily, see Pool) while it is up and caught up. It starts down
  // until its first connection, made at once by the probing thread.
  PublicReads(Pool& primary, std::unique_ptr<Pool> replica, const CacheEvents& events);
  PublicReads(const PublicReads&) = delete;
  PublicReads& operator=(const PublicReads&) = delete;

  // Runs `read(Connection&)` and returns what it returns, on the replica when it may serve it,
  // else on the primary. When it throws DatabaseError on the replica it runs again on the
  // primary, so `read` must make its result afresh on each call and hand nothing on before it
  // returns. Errors on the primary are the caller's, as for any read.
  template <class Read>
  std::invoke_result_t<Read&, Connection&> run(Read&& read) {
    if (auto lease = replica_lease()) {
      try {
        return read(**lease);
      } catch (const DatabaseError&) {
        failed(**lease);
      }
    }
    auto c = primary_.acquire();
    return read(*c);
  }

  // A connection for a read that hands on what it reads as it goes (a download), so that it
  // cannot run again: the replica's when it may serve it, else the primary's.
  Pool::Lease acquire();

  // True while a replica is configured and not marked down (whether it has caught up is
  // decided per read).
  bool replica_up() const { return up_; }

 private:
  // A connection to the replica when one is configured, up and has replayed the position
  // CacheEvents recorded; nullopt otherwise (counted as a fallback).
  std::optional<Pool::Lease> replica_lease();
  // After a DatabaseError on the replica's connection `c`: counts it, and marks the replica
  // down when the connection is lost.
  void failed(Connection& c);
  // The probing thread's round: brings a replica marked down back once it answers.
  void probe();

  Pool& primary_;
  const CacheEvents& events_;
  std::unique_ptr<Pool> replica_;
  std::atomic<bool> up_{false};
  // The latest replay position the replica reported since it came up; only grows.
  std::atomic<std::uint64_t> replayed_{0};
  std::unique_ptr<PeriodicWorker> prober_;  // last: its thread runs probe() at once
};

}  // namespace nok::sql
