#pragma once
#include "store/popularisation_store.h"
#include "store/sql/pool.h"

namespace nok::sql {

// The PopularisationStore in portable SQL over the main store's pool: the plan's rows in
// popularisation_measures.cpp, the counts and effect figures in popularisation_effect.cpp.
class SqlPopularisationStore final : public PopularisationStore {
 public:
  explicit SqlPopularisationStore(Pool& pool) : pool_(pool) {}

  std::optional<PlanAuthority> authority(std::int64_t authority_id) override;
  std::vector<PopularisationMeasure> measures(std::int64_t authority_id, int year) override;
  std::optional<PopularisationMeasure> find_measure(std::int64_t id) override;
  std::int64_t add_measure(std::int64_t authority_id, int year, const popularisation::MeasureDraft& draft,
                           AuditEntry audit) override;
  bool change_measure(std::int64_t id, const popularisation::MeasureDraft& draft, const AuditEntry& audit) override;
  bool set_status(std::int64_t id, popularisation::Status status, const AuditEntry& audit) override;
  bool remove_measure(std::int64_t id, const AuditEntry& audit) override;
  std::vector<MeasureCount> measure_counts(std::int64_t authority_id, std::string_view region_code, int year) override;
  PopularisationEffect effect(const EffectScope& scope) override;

 private:
  // Runs `sql` with `params` in a transaction with `audit`: false, and nothing written, when
  // it changes no row.
  bool audited(std::string_view sql, std::initializer_list<Param> params, const AuditEntry& audit);

  Pool& pool_;
};

}  // namespace nok::sql
