#pragma once
// An authority's plan of popularisation measures as its officials keep it: each change is
// checked against the person's scope and the measure's rules, then stored with its audit
// line in one transaction.
#include <string_view>

#include "core/error.h"
#include "domain/staff/access.h"
#include "store/popularisation_store.h"

namespace nok::popularisation {

// Empty errors: done (`id` is the measure's). Otherwise nothing changed and the first error's
// kind says why: forbidden (measure_forbidden) for anyone but an official of the authority;
// not_found (measure_not_found) for a measure that is not the authority's — the same answer
// as for one that does not exist; invalid with errors naming the fields (check_measure).
struct MeasureResult {
  Errors errors;
  std::int64_t id = 0;
  bool ok() const { return errors.empty(); }
};

// A new measure (запланировано) in the authority's plan for `year`.
MeasureResult add_measure(PopularisationStore& store, const staff::StaffUser& actor, std::int64_t authority_id,
                          int year, const MeasureDraft& draft);
// Replaces the measure's fields; its year and status stay.
MeasureResult change_measure(PopularisationStore& store, const staff::StaffUser& actor, std::int64_t authority_id,
                             std::int64_t measure_id, const MeasureDraft& draft);
// Sets the status named by its code (invalid measure_bad_status for an unknown one).
MeasureResult change_status(PopularisationStore& store, const staff::StaffUser& actor, std::int64_t authority_id,
                            std::int64_t measure_id, std::string_view status);
MeasureResult remove_measure(PopularisationStore& store, const staff::StaffUser& actor, std::int64_t authority_id,
                             std::int64_t measure_id);

}  // namespace nok::popularisation
