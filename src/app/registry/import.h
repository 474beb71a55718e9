#pragma once
#include <string_view>

#include "core/error.h"
#include "store/store.h"

namespace nok {

struct ImportReport {
  Errors errors;           // non-empty: nothing was written
  UpsertSummary summary;   // rows inserted and updated when errors is empty
  std::size_t rows = 0;
};

// `nok import-orgs`: validates the whole file first and writes only if every row is
// good, in one transaction, so a bad file leaves the database as it was.
ImportReport import_organisations(Store& store, std::string_view csv_text);

}  // namespace nok
