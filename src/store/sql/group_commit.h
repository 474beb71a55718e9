#pragma once
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include "store/sql/connection.h"

namespace nok::sql {

// Group commit: writes from many threads are run by a writer thread inside a shared
// transaction and all are acknowledged after the single COMMIT — one fsync for a whole
// batch instead of one per write. A write that fails reports its error and the others
// still commit (the batch is run again with a savepoint around each write). While a batch
// commits, the next one gathers, so batches grow with the load by themselves.
// SQLite has one writer (it writes one transaction at a time anyway); PostgreSQL several,
// so that round trips of one batch overlap another's — a write caught in a deadlock
// between two batches is rolled back to its savepoint and run again.
class GroupCommit {
 public:
  using Work = std::function<void(Connection&)>;
  using Opener = std::function<std::unique_ptr<Connection>()>;
  // Each writer keeps a connection of its own from `open_writer` (its page cache stays warm,
  // where a pooled one would have been invalidated by others' writes meanwhile).
  explicit GroupCommit(Opener open_writer, std::size_t writers = 1, std::size_t max_batch = 512)
      : open_writer_(std::move(open_writer)), writers_count_(writers), max_batch_(max_batch) {}
  ~GroupCommit();
  GroupCommit(const GroupCommit&) = delete;
  GroupCommit& operator=(const GroupCommit&) = delete;

  // Returns once `work` is committed (durable); rethrows what `work` or the commit threw.
  // A batch runs its writes in the order of `lock_order` (the rows they lock, e.g. the
  // organisation whose tallies change), so two batches committing at once take their
  // locks in the same order and do not deadlock.
  void run(Work work, std::string lock_order = "");

  // The same without waiting: `done` gets null once `work` is committed, else what `work`
  // or the commit threw. It runs on the writer's thread, so it must only hand the outcome
  // on (post it to an event loop), never block.
  using Done = std::function<void(std::exception_ptr)>;
  void submit(Work work, std::string lock_order, Done done);

 private:
  struct Item {
    Work work;
    std::string lock_order;
    Done done;
  };
  using Batch = std::deque<std::unique_ptr<Item>>;
  void loop();
  // `connection` is the writer's own, opened on first use and again after it fails.
  void commit(std::unique_ptr<Connection>& connection, Batch& batch);
  static std::exception_ptr run_isolated(Connection& c, const Work& work);

  Opener open_writer_;
  std::size_t writers_count_;
  std::size_t max_batch_;
  std::mutex mutex_;
  std::condition_variable wake_;
  Batch queue_;
  bool stopping_ = false;
  std::vector<std::thread> writers_;  // started by the first write
};

}  // namespace nok::sql
