#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace nok::sql {

class Connection;

// What a committed change makes stale in the read caches.
enum class Stale {
  registry,     // organisations: a registry import, a profile edited by staff
  cycles,       // who is in which cycle, with which target, in which state
  publication,  // the results an authority published
};

// Keeps the read caches of every process over one database current. Each cache owner
// subscribes; each write that changes what a cache holds calls changed() after its commit.
// This process drops the stale entries at once; on PostgreSQL a NOTIFY tells every other
// process, whose CacheListener (store/postgres/cache_listener.h) calls received() within
// milliseconds. The caches' time limits stay only as a safety net (a process killed between
// its commit and its NOTIFY).
class CacheEvents {
 public:
  using Drop = std::function<void(Stale)>;

  // `drop` runs for every event, on the writing thread or the listener's: it must be cheap
  // and thread-safe, and outlive this object or the listener, whichever ends first.
  void subscribe(Drop drop);

  // After the commit of a change, on a connection of the same database outside any
  // transaction: tells the other processes and, on PostgreSQL, records the primary's WAL
  // position after the commit (see position()), then drops here. A failed NOTIFY is counted
  // (nok_cache_notifications_failed_total), not thrown: the change is committed, and the
  // others catch up within their caches' time limits.
  void changed(Connection& c, Stale what);

  // A notification's payload, from any process of the database (this one included):
  // "<schema>:<what>". Payloads of other schemas (tests share a database) are ignored.
  // `position`: the primary's WAL position read after the notification arrived, so at or
  // past the change's commit; recorded before anything is dropped.
  void received(std::string_view payload, std::string_view own_schema, std::uint64_t position = 0);

  // Notifications may have been missed (the listener lost its connection): drops everything.
  // `position` as for received(), when the primary could be asked (0: it could not).
  void drop_everything(std::uint64_t position = 0);

  // The highest primary WAL position recorded at a change this process was told of (0 on
  // SQLite or before any): a read replica must have replayed it before a cache may be
  // refilled from it (store/sql/public_reads.h). Recorded before the drop, so a refill that
  // follows a drop always sees it.
  std::uint64_t position() const { return position_.load(); }

  // The SQL expression of the primary's WAL position as a number, as position() holds it.
  static constexpr const char* kPosition = "(pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint";

  // The channel the notifications travel on.
  static constexpr const char* kChannel = "nok_cache";

 private:
  void drop(Stale what);
  void advance(std::uint64_t position);

  std::mutex mutex_;
  std::vector<Drop> subscribers_;
  std::atomic<std::uint64_t> position_{0};
};

}  // namespace nok::sql
