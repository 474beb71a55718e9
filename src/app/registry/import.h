#pragma once
#include <string_view>
#include <vector>

#include "core/error.h"
#include "store/registry_store.h"

namespace nok {

struct ImportReport {
  Errors errors;            // non-empty: nothing was written
  UpsertSummary summary;    // rows inserted and updated, and the staff edits met, when errors is empty
  std::vector<int> conflict_lines;  // the file's line of each of summary.conflicts
  std::size_t rows = 0;
};

// `nok import-orgs`: validates the whole file first and writes only if every row is
// good, in one transaction, so a bad file leaves the database as it was. The registry's
// fields are taken from the file; an address or website the organisation's staff edited
// since the registry set it is kept unless `staff_edits` says overwrite, and reported.
ImportReport import_organisations(RegistryStore& store, std::string_view csv_text, StaffEdits staff_edits);

}  // namespace nok
