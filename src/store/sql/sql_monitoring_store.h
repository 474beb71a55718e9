#pragma once
#include <string>

#include "store/monitoring_store.h"
#include "store/sql/pool.h"
#include "store/sql/public_reads.h"

namespace nok::sql {

// The MonitoringStore in portable SQL over the main store's pool, its figures through the
// public reads (a read replica, if any; the notes, which officials write, from the pool): roll-ups, totals, the
// funnel and the years in monitoring_rollup.cpp, the organisations page by page in
// monitoring_organisations.cpp, the calendar and the notes in monitoring_calendar.cpp. The
// aggregates it reads are written by monitoring_counts.h.
class SqlMonitoringStore final : public MonitoringStore {
 public:
  // `page_size`: how many organisations for_each_organisation reads at a time — about
  // 0.7 KB of memory each, and four statements a page.
  SqlMonitoringStore(Pool& pool, PublicReads& reads, std::size_t page_size = 1000)
      : pool_(pool), reads_(reads), page_size_(page_size) {}

  std::vector<MonitoringRow> rollup(const MonitoringFilter& filter, MonitoringLevel level) override;
  void for_each_organisation(const MonitoringFilter& filter,
                             const std::function<bool(const MonitoringRow&)>& on_row) override;
  MonitoringTotals totals(const MonitoringFilter& filter) override;
  std::vector<CarrierFunnel> funnel_by_carrier(const MonitoringFilter& filter) override;
  std::vector<int> years(const MonitoringFilter& filter) override;
  std::vector<AuthorityCalendar> calendar(const MonitoringFilter& filter) override;
  MonitoringNotes notes(std::int64_t authority_id, int year) override;
  void save_notes(std::int64_t authority_id, int year, const MonitoringNotes& notes, const AuditEntry& audit) override;

 private:
  Pool& pool_;
  PublicReads& reads_;
  std::size_t page_size_;
};

}  // namespace nok::sql
