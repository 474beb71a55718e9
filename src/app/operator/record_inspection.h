#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "app/operator/collection.h"
#include "core/error.h"
#include "domain/exchange/fields.h"
#include "store/store.h"

namespace nok {

// The expert inspection form: each input by its exchange key (info_stand, …, wait_days)
// and the version the form was read at (0: nothing was recorded yet).
struct InspectionEdit {
  std::string org_code;
  std::vector<Field> inputs;
  std::int64_t version = 0;
};

struct InspectionResult {
  Errors errors;     // non-empty: nothing was stored
  int status = 200;  // 404 not the collector's organisation, 409 saved by someone else meanwhile, 422 bad values
};

// Checks the inputs with the rules of the expert exchange format (ranges, the required
// lists, indicators the sphere has) and saves them over `version` with an audit line
// (expert_inputs.update) in the same transaction.
InspectionResult record_inspection(Store& store, const Collector& collector, const InspectionEdit& edit);

}  // namespace nok
