#pragma once
// The authorities' plans of popularisation measures (медиаплан) and the figures that show
// their effect (docs/popularisation.md).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/popularisation/measure.h"
#include "domain/popularisation/measure_check.h"
#include "store/staff_store.h"

namespace nok {

// A measure as stored: an authority's, of one year.
struct PopularisationMeasure {
  std::int64_t id = 0;
  std::int64_t authority_id = 0;
  int year = 0;
  popularisation::MeasureDraft draft;  // checked before it was stored
  popularisation::Status status = popularisation::Status::planned;
  std::string created_at, updated_at;  // ISO 8601 UTC
};

// An authority as the plan's page names it.
struct PlanAuthority {
  std::int64_t id = 0;
  std::string name;
  std::string region_code;  // empty for a federal body
};

// How many measures of a type are in a state (codes as stored).
struct MeasureCount {
  std::string type;
  std::string status;
  std::int64_t measures = 0;
};

// Whose figures and over which days (YYYY-MM-DD, inclusive): an authority's organisations
// (authority_id), a region's (region_code) or every organisation (0 and empty).
struct EffectScope {
  std::int64_t authority_id = 0;
  std::string region_code;
  std::string from_day, to_day;
};

// The scans of one kind of QR carrier (placement::carriers()) and the questionnaires
// completed after them.
struct CarrierEffect {
  std::string carrier;
  std::int64_t scans = 0;
  std::int64_t answers = 0;
};

// What the organisations of a scope show over a period: scans by carrier (kinds with none are
// left out), invitations after a service sent and answered in the period, and counted
// questionnaires collected through the kiosk channel.
struct PopularisationEffect {
  std::vector<CarrierEffect> carriers;  // by carrier code
  std::int64_t invitations_sent = 0;
  std::int64_t invitations_answered = 0;
  std::int64_t kiosk_answers = 0;
};

class PopularisationStore {
 public:
  virtual ~PopularisationStore() = default;

  // The authority of this id, or nullopt when there is none.
  virtual std::optional<PlanAuthority> authority(std::int64_t authority_id) = 0;

  // The authority's measures of `year`, by start date, then end date, then creation.
  virtual std::vector<PopularisationMeasure> measures(std::int64_t authority_id, int year) = 0;
  // The measure of this id, or nullopt when there is none.
  virtual std::optional<PopularisationMeasure> find_measure(std::int64_t id) = 0;

  // Stores a new measure (status planned) and appends `audit`, its object_id set to the new
  // id, in one transaction. Returns the new id.
  virtual std::int64_t add_measure(std::int64_t authority_id, int year, const popularisation::MeasureDraft& draft,
                                   AuditEntry audit) = 0;
  // Each replaces what the measure holds and appends `audit` in the same transaction; false
  // (nothing written, no audit) when there is no such measure any more.
  virtual bool change_measure(std::int64_t id, const popularisation::MeasureDraft& draft, const AuditEntry& audit) = 0;
  virtual bool set_status(std::int64_t id, popularisation::Status status, const AuditEntry& audit) = 0;
  virtual bool remove_measure(std::int64_t id, const AuditEntry& audit) = 0;

  // Measures of `year` by type and status, counted in SQL, of one authority (authority_id),
  // of the authorities of a region (region_code) or of all (0 and empty).
  virtual std::vector<MeasureCount> measure_counts(std::int64_t authority_id, std::string_view region_code,
                                                   int year) = 0;
  // The effect figures of the scope's organisations over its days, summed in SQL from the
  // daily scan counters, the invitations and the responses (no row is loaded to count it).
  virtual PopularisationEffect effect(const EffectScope& scope) = 0;
};

}  // namespace nok
