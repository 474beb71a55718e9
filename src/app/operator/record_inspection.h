#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "app/operator/collection.h"
#include "app/operator/upload_responses.h"
#include "core/csv.h"
#include "core/error.h"
#include "domain/exchange/fields.h"
#include "domain/methodology/expert.h"
#include "store/store.h"

namespace nok {

// The expert inputs an inspection of this organisation records: those of the indicators
// of its sphere (no waiting time for a museum).
std::vector<methodology::ExpertField> inspection_fields(const Collector& collector, const Organisation& organisation);

// The operator's inspection of one organisation as typed into the form.
struct InspectionEntry {
  std::string org_code;
  std::vector<Field> values;  // expert keys → numbers as typed; "" leaves an input without data
  std::int64_t version = 0;   // of the stored inspection when the form was read (0: none yet)
};

struct InspectionResult {
  Errors errors;  // non-empty: nothing was stored; not_found: not the collector's organisation,
                  // conflict: saved by someone meanwhile, invalid: bad values
};

// Checks the values with the exchange format's rules (parse_expert) and the sphere's
// indicators, and stores them over `version` with an audit line (expert.update).
InspectionResult record_inspection(Store& store, const Collector& collector, const InspectionEntry& entry);

// Stores a batch in the expert inputs exchange format (`nok score --expert`), all or
// nothing, audited per organisation. Every row must be of the collector's organisations.
UploadResult upload_inspections(Store& store, const Collector& collector, const csv::Table& table);

}  // namespace nok
