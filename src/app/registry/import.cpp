#include "app/registry/import.h"

#include "domain/registry/organisation_csv.h"

namespace nok {

ImportReport import_organisations(Store& store, std::string_view csv_text) {
  ImportReport report;
  auto parsed = parse_organisations(csv_text, store.regions());
  report.errors = std::move(parsed.errors);
  report.rows = parsed.organisations.size();
  if (report.errors.empty()) report.summary = store.upsert_organisations(parsed.organisations);
  return report;
}

}  // namespace nok
