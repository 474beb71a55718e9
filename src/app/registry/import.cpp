#include "app/registry/import.h"

#include <map>

#include "domain/registry/organisation_csv.h"

namespace nok {

ImportReport import_organisations(RegistryStore& store, std::string_view csv_text, StaffEdits staff_edits) {
  ImportReport report;
  auto parsed = parse_organisations(csv_text, store.regions());
  report.errors = std::move(parsed.errors);
  report.rows = parsed.organisations.size();
  if (!report.errors.empty()) return report;
  report.summary = store.upsert_organisations(parsed.organisations, staff_edits);
  std::map<std::string_view, int> line_of;  // codes are unique in a good file
  for (std::size_t i = 0; i < parsed.organisations.size(); ++i) line_of[parsed.organisations[i].code] = parsed.lines[i];
  for (const auto& conflict : report.summary.conflicts) report.conflict_lines.push_back(line_of.at(conflict.code));
  return report;
}

}  // namespace nok
