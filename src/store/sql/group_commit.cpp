#include "store/sql/group_commit.h"

#include <pthread.h>

#include <algorithm>

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
  Item item{std::move(work), std::move(lock_order), {}};
  auto done = item.done.get_future();
  {
    std::lock_guard lock(mutex_);
    while (writers_.size() < writers_count_)
      writers_.emplace_back([this] {
        pthread_setname_np(pthread_self(), "nok-writer");  // tells them apart in top and perf
        loop();
      });
    queue_.push_back(&item);
  }
  wake_.notify_one();
  done.get();
}

void GroupCommit::loop() {
  for (;;) {
    std::deque<Item*> batch;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left to write
      while (!queue_.empty() && batch.size() < max_batch_) {
        batch.push_back(queue_.front());
        queue_.pop_front();
      }
    }
    std::stable_sort(batch.begin(), batch.end(),
                     [](const Item* a, const Item* b) { return a->lock_order < b->lock_order; });
    commit(batch);
  }
}

void GroupCommit::commit(std::deque<Item*>& batch) {
  static auto& batches = metrics::counter("nok_group_commit_batches_total", "");
  static auto& writes = metrics::counter("nok_group_commit_writes_total", "");
  static auto& seconds = metrics::histogram("nok_group_commit_seconds", "");
  batches.add();
  writes.add(batch.size());
  metrics::Timer timer(seconds);
  std::vector<std::exception_ptr> errors(batch.size());
  try {
    auto c = pool_.acquire();
    Transaction tx(*c);
    for (std::size_t i = 0; i < batch.size(); ++i) {
      for (int attempt = 1;; ++attempt) {
        c->script("SAVEPOINT write");
        try {
          batch[i]->work(*c);
          c->script("RELEASE write");
          break;
        } catch (const ConflictError&) {
          c->script("ROLLBACK TO write");
          c->script("RELEASE write");
          if (attempt < kConflictAttempts) continue;
          errors[i] = std::current_exception();
          break;
        } catch (...) {
          errors[i] = std::current_exception();
          c->script("ROLLBACK TO write");
          c->script("RELEASE write");
          break;
        }
      }
    }
    tx.commit();
  } catch (...) {  // the commit itself failed: nothing of this batch is durable
    for (auto& e : errors) e = std::current_exception();
  }
  for (std::size_t i = 0; i < batch.size(); ++i) {
    if (errors[i]) batch[i]->done.set_exception(errors[i]);
    else batch[i]->done.set_value();
  }
}

}  // namespace nok::sql
