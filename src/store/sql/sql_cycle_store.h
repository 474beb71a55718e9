#pragma once
#include "core/ttl_cache.h"
#include "store/cycle_store.h"
#include "store/sql/cache_events.h"
#include "store/sql/pool.h"
#include "store/sql/public_reads.h"

namespace nok::sql {

// The CycleStore in the SQL both engines accept, over the main store's pool; the published
// results through the public reads (a read replica, if any). Cycles and
// their steps in cycle_workflow.cpp; results, publication and reminders in cycle_results.cpp.
class SqlCycleStore final : public CycleStore {
 public:
  SqlCycleStore(Pool& pool, CacheEvents& events, PublicReads& reads) : pool_(pool), events_(events), reads_(reads) {
    events_.subscribe([this](Stale what) {
      if (what == Stale::publication) {
        published_.clear();
        means_.clear();
      }
    });
  }

  std::vector<CycleRecord> cycles(std::int64_t authority_id, std::int64_t operator_id) override;
  std::optional<CycleRecord> find_cycle(std::int64_t cycle_id) override;
  std::optional<std::int64_t> create_cycle(const NewCycle& cycle, AuditEntry audit) override;
  bool set_operator(std::int64_t cycle_id, std::int64_t expected_version, std::int64_t operator_id,
                    AuditEntry audit) override;
  std::vector<CycleMember> members(std::int64_t cycle_id) override;
  bool set_members(std::int64_t cycle_id, std::int64_t expected_version,
                   const std::vector<std::pair<std::string, std::int64_t>>& codes_and_targets,
                   AuditEntry audit) override;
  MoveOutcome move(const CycleMove& move, AuditEntry audit) override;

  std::vector<cycle::OrganisationResult> results(std::int64_t cycle_id, int edition) override;
  bool save_result_text(std::int64_t cycle_id, std::int64_t expected_version, std::string_view organisation_code,
                        ResultText which, std::string_view text, AuditEntry audit) override;
  std::vector<CycleStep> steps(std::int64_t cycle_id) override;
  std::vector<CouncilDecisionRecord> decisions(std::int64_t cycle_id) override;
  std::vector<PublishedResult> published_results(std::string_view organisation_code) override;
  void each_published_result(int year, std::string_view region,
                             const std::function<void(const PublishedResult&)>& visit) override;
  YearMeans published_means(int year) override;
  std::vector<PublishedYear> published_years() override;
  bool mark_reminder_sent(std::int64_t cycle_id, std::string_view kind, std::string_view due,
                          std::int64_t user_id) override;

 private:
  std::vector<CycleRecord> select_cycles(std::string_view where, std::initializer_list<Param> params);

  Pool& pool_;
  CacheEvents& events_;
  PublicReads& reads_;
  // What the organisation page shows of each organisation: published results change only
  // when an authority publishes (every process drops the cache then, events_).
  TtlCache<std::vector<PublishedResult>> published_{std::chrono::seconds(5), 65536};
  // A scan of a year's results (tens to hundreds of milliseconds at a country's scale, on
  // the thread of an organisation page): kept until a publication in any process drops it;
  // the time limit is only the safety net of a missed notification.
  TtlCache<YearMeans> means_{std::chrono::minutes(10), 64};
};

}  // namespace nok::sql
