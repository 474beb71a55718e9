#pragma once
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/website_check_store.h"

namespace nok {

// How many of a group's organisations carry a working НОК block on their website
// (docs/website-checks.md#coverage).
struct CoverageGroup {
  std::string name;
  int organisations = 0;
  int with_website = 0;  // the registry has an address
  int checked = 0;       // of those, checked at least once
  int ok = 0;            // the last check found a QR code leading to the organisation
  std::map<std::string, int> verdicts;  // by verdict name, of the checked

  // ok of all organisations, in percent: one without a website carries no block either.
  double share() const { return organisations == 0 ? 0 : 100.0 * ok / organisations; }
};

struct WebsiteCoverage {
  CoverageGroup total;
  std::vector<CoverageGroup> by_authority, by_municipality, by_sphere;  // by name
  std::vector<WebsiteCoverageRow> failures;  // not ok: no website, never checked, or a fault
};

// What people read for a row's state: the last verdict's title, or why there is none
// («Нет адреса сайта в реестре», «Не проверялся»).
std::string coverage_state(const WebsiteCoverageRow& row);

// The groups and the list of failures of an authority's organisations, as the store lists them.
WebsiteCoverage website_coverage(const std::vector<WebsiteCoverageRow>& rows);

// Every organisation with its last check, one row each, as CSV (semicolons, a byte order
// mark, formulas neutralised: what Russian Excel opens) and as XLSX with the groups on a
// sheet of their own. Errors of the XLSX writer pass through.
using CoverageSink = std::function<void(std::string_view bytes)>;
void write_coverage_csv(const std::vector<WebsiteCoverageRow>& rows, const CoverageSink& sink);
Result<Ok> write_coverage_xlsx(const std::vector<WebsiteCoverageRow>& rows, const CoverageSink& sink);

}  // namespace nok
