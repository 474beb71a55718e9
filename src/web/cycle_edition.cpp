#include "web/cycle_edition.h"

#include "core/time.h"

namespace nok::web {

const methodology::Methodology& cycle_edition(const SiteContext& site, std::string_view org_code) {
  const auto assessment = site.store.assessment_of(org_code, current_year());  // cached
  return site.editions->of_cycle(assessment ? assessment->methodology : "");
}

}  // namespace nok::web
