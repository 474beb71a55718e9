#pragma once
#include <map>
#include <string>
#include <string_view>

#include "app/scoring/catalog.h"
#include "core/error.h"
#include "domain/methodology/expert.h"
#include "domain/methodology/methodology.h"

namespace nok::scoring {

struct ExpertFile {
  std::map<std::string, methodology::ExpertInputs, std::less<>> by_org;
  Errors errors;
};

// Reads the expert inputs CSV: one row per organisation (expert_duplicate_org when
// repeated), organisations the registry does not hold are expert_unknown_org, and an
// input of an indicator that does not exist in the organisation's sphere (a waiting time
// for a museum) is expert_not_applicable.
ExpertFile read_expert(std::string_view csv_text, const Catalog& catalog, const methodology::Methodology& m);

}  // namespace nok::scoring
