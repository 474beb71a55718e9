#pragma once
#include <string>

#include "store/monitoring_store.h"
#include "store/sql/pool.h"

namespace nok::sql {

// The MonitoringStore in portable SQL over the main store's pool: roll-ups, totals, the
// funnel and the years in monitoring_rollup.cpp, the calendar and the notes in
// monitoring_calendar.cpp. The aggregates it reads are written by monitoring_counts.h.
class SqlMonitoringStore final : public MonitoringStore {
 public:
  explicit SqlMonitoringStore(Pool& pool) : pool_(pool) {}

  std::vector<MonitoringRow> rollup(const MonitoringFilter& filter, MonitoringLevel level) override;
  MonitoringTotals totals(const MonitoringFilter& filter) override;
  std::vector<CarrierFunnel> funnel_by_carrier(const MonitoringFilter& filter) override;
  std::vector<int> years(const MonitoringFilter& filter) override;
  std::vector<AuthorityCalendar> calendar(const MonitoringFilter& filter) override;
  MonitoringNotes notes(std::int64_t authority_id, int year) override;
  void save_notes(std::int64_t authority_id, int year, const MonitoringNotes& notes, const AuditEntry& audit) override;

 private:
  Pool& pool_;
};

}  // namespace nok::sql
