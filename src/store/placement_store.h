#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/staff_store.h"

namespace nok {

// A registered QR carrier of an organisation and its scan confirmation.
struct Placement {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::string carrier;  // placement::carriers()
  std::string place;    // placement::places()
  std::string note;
  std::string confirmed_at;  // empty until staff scanned it and confirmed
  std::string created_at;
};

// The popularisation funnel (docs/domain.md#popularisation-measures): QR scans, surveys opened,
// surveys counted; and the scans nok counted and sent on to the organisation's card on
// bus.gov.ru (docs/printing.md, "Where the QR code leads"), which open no survey here.
enum class FunnelStage { scan, started, completed, outgoing };

struct FunnelCounts {
  std::int64_t scans = 0;
  std::int64_t started = 0;
  std::int64_t completed = 0;
  std::int64_t outgoing = 0;  // of `scans`: sent on to bus.gov.ru
};

// The funnel of one placement over a period (placement_id 0: visits without a placement).
struct PlacementFunnel {
  std::int64_t placement_id = 0;
  FunnelCounts counts;
};

// One organisation in an authority's overview of QR placement.
struct PlacementOverviewRow {
  std::string code;
  std::string short_name;
  std::string region_code;
  std::vector<std::string> places;  // of the placements not removed
  int confirmed = 0;
};

// Placements and the daily scan counters. Counting is anonymous: organisation,
// placement, day and three numbers — nothing about who scanned.
class PlacementStore {
 public:
  virtual ~PlacementStore() = default;

  // Appends `audit` (object_id set to the new id) in the same transaction.
  virtual Placement add_placement(const Placement& placement, AuditEntry audit) = 0;
  // Placements not removed, oldest first.
  virtual std::vector<Placement> placements(std::int64_t organisation_id) = 0;
  // A placement not removed.
  virtual std::optional<Placement> find_placement(std::int64_t id) = 0;
  // False when it was already confirmed or removed (nothing written then).
  virtual bool confirm_placement(std::int64_t id, std::int64_t user_id, AuditEntry audit) = 0;
  virtual bool remove_placement(std::int64_t id, AuditEntry audit) = 0;

  // Adds one to today's counter of the stage. A placement id that is not a live
  // placement of this organisation is counted nowhere. May be buffered for a moment
  // (the organisation page is read on every scan); reads see this process's counts.
  virtual void count(std::string_view organisation_code, std::int64_t placement_id, FunnelStage stage) = 0;
  // Totals per placement from `from_day` to `to_day` (YYYY-MM-DD, inclusive).
  virtual std::vector<PlacementFunnel> funnel(std::int64_t organisation_id, const std::string& from_day,
                                              const std::string& to_day) = 0;

  // The organisations assessed in `year` of an authority (0: every authority) and of a
  // region (empty: every region), by region and name, each with its placements.
  virtual std::vector<PlacementOverviewRow> overview(std::int64_t authority_id, std::string_view region_code,
                                                     int year) = 0;
};

}  // namespace nok
