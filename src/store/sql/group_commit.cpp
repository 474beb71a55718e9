#include "store/sql/group_commit.h"

#include <pthread.h>

#include <algorithm>
#include <future>

#include "core/metrics.h"

namespace nok::sql {
namespace {

constexpr int kConflictAttempts = 3;

}  // namespace

GroupCommit::~GroupCommit() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& w : writers_) w.join();
}

void GroupCommit::run(Work work, std::string lock_order) {
  std::promise<void> committed;
  auto done = committed.get_future();
  submit(std::move(work), std::move(lock_order), [&committed](std::exception_ptr error) {
    if (error) committed.set_exception(error);
    else committed.set_value();
  });
  done.get();
}

void GroupCommit::submit(Work work, std::string lock_order, Done done) {
  auto item = std::make_unique<Item>(Item{std::move(work), std::move(lock_order), std::move(done)});
  {
    std::lock_guard lock(mutex_);
    while (writers_.size() < writers_count_)
      writers_.emplace_back([this] {
        pthread_setname_np(pthread_self(), "nok-writer");  // tells them apart in top and perf
        loop();
      });
    queue_.push_back(std::move(item));
  }
  wake_.notify_one();
}

void GroupCommit::loop() {
  std::unique_ptr<Connection> connection;
  for (;;) {
    Batch batch;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left to write
      while (!queue_.empty() && batch.size() < max_batch_) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    std::stable_sort(batch.begin(), batch.end(), [](const auto& a, const auto& b) { return a->lock_order < b->lock_order; });
    commit(connection, batch);
  }
}

// The batch first runs as one plain transaction. A write that fails makes the whole batch
// run again with a savepoint around each write, so that only the failing one is undone —
// failures are rare, and two statements more per write would double PostgreSQL's round trips.
void GroupCommit::commit(std::unique_ptr<Connection>& c, Batch& batch) {
  static auto& batches = metrics::counter("nok_group_commit_batches_total", "");
  static auto& writes = metrics::counter("nok_group_commit_writes_total", "");
  static auto& retried = metrics::counter("nok_group_commit_isolated_total", "");  // batches run again write by write
  static auto& seconds = metrics::histogram("nok_group_commit_seconds", "");
  batches.add();
  writes.add(batch.size());
  metrics::Timer timer(seconds);
  // The writer's connection: opened on first use, and again after it broke (or failed to open).
  auto connection = [&]() -> Connection& {
    if (!c || !c->healthy()) c = open_writer_();
    return *c;
  };
  bool committed = false;
  try {
    Transaction tx(connection());
    for (auto& item : batch) item->work(*c);
    tx.commit();
    committed = true;
  } catch (...) {
    retried.add();
  }
  if (committed) {  // outside the try: a committed write is never run again
    for (auto& item : batch) item->done(nullptr);
    return;
  }
  std::vector<std::exception_ptr> errors(batch.size());
  try {
    Transaction tx(connection());
    for (std::size_t i = 0; i < batch.size(); ++i) errors[i] = run_isolated(*c, batch[i]->work);
    tx.commit();
  } catch (...) {  // no connection, or the commit failed: nothing of this batch is durable
    for (auto& e : errors) e = std::current_exception();
  }
  for (std::size_t i = 0; i < batch.size(); ++i) batch[i]->done(errors[i]);
}

// Runs `work` in a savepoint, again after a conflict (a deadlock between two batches);
// returns its error, with its changes undone.
std::exception_ptr GroupCommit::run_isolated(Connection& c, const Work& work) {
  for (int attempt = 1;; ++attempt) {
    c.script("SAVEPOINT write");
    try {
      work(c);
      c.script("RELEASE write");
      return nullptr;
    } catch (const ConflictError&) {
      c.script("ROLLBACK TO write");
      c.script("RELEASE write");
      if (attempt == kConflictAttempts) return std::current_exception();
    } catch (...) {
      auto error = std::current_exception();
      c.script("ROLLBACK TO write");
      c.script("RELEASE write");
      return error;
    }
  }
}

}  // namespace nok::sql
