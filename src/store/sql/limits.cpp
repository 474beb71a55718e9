// Limits that hold across threads and processes (store/limit_store.h).
#include <atomic>

#include "core/id.h"
#include "core/time.h"
#include "store/sql/sql_store.h"

namespace nok::sql {
namespace {

using Clock = std::chrono::system_clock;

// The longest window a limit may use; older events are pruned.
constexpr std::chrono::hours kLongestWindow{24};
// Every this many takes (per process) the stale events and keys are pruned, outside the
// decision's transaction so that it never waits on rows of other keys.
constexpr unsigned kPruneEvery = 64;

void prune_stale(Connection& c, const std::string& stale) {
  c.run("DELETE FROM limit_events WHERE taken_at < $1", {std::string_view(stale)});
  c.run("DELETE FROM limit_keys WHERE NOT EXISTS (SELECT 1 FROM limit_events e WHERE e.key = limit_keys.key)");
}

}  // namespace

std::optional<LimitStore::Ticket> SqlStore::take_limit(std::string_view key, int limit, std::chrono::seconds window) {
  static std::atomic<unsigned> takes{0};
  const auto now = Clock::now();
  const std::string since = iso_utc(now - std::min<Clock::duration>(window, kLongestWindow));
  const std::string taken_at = iso_utc(now);
  auto c = pool_->acquire();
  std::optional<Ticket> ticket;
  {
    Transaction tx(*c);
    // The key's row is the lock: on PostgreSQL the upsert holds it until COMMIT, so concurrent
    // decisions about one key run one after another (SQLite's BEGIN already took the write lock).
    c->run("INSERT INTO limit_keys (key) VALUES ($1) ON CONFLICT (key) DO UPDATE SET key = excluded.key", {key});
    std::int64_t taken = 0;
    c->run("SELECT COUNT(*) AS n FROM limit_events WHERE key = $1 AND taken_at > $2", {key, std::string_view(since)},
           [&](const Row& r) { taken = r.i64("n"); });
    if (taken < limit) {
      ticket = Ticket{new_id()};
      c->run("INSERT INTO limit_events (id, key, taken_at) VALUES ($1, $2, $3)",
             {ticket->id, key, std::string_view(taken_at)});
      tx.commit();
    }  // else the transaction rolls back: a refusal records nothing
  }
  if (++takes % kPruneEvery == 0) prune_stale(*c, iso_utc(now - kLongestWindow));
  return ticket;
}

void SqlStore::give_back(const Ticket& ticket) {
  auto c = pool_->acquire();
  c->run("DELETE FROM limit_events WHERE id = $1", {ticket.id});
}

}  // namespace nok::sql
