#pragma once
#include <map>
#include <string>
#include <string_view>

#include "app/scoring/catalog.h"
#include "core/csv.h"
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
ExpertFile read_expert(std::string_view csv_text, const Catalog& catalog);
// The same over a table read already (an uploaded spreadsheet's first sheet).
ExpertFile read_expert(const csv::Table& table, const Catalog& catalog);

// The same format for export: the header, then one row per organisation in code order,
// an empty cell where an input was not recorded.
std::string write_expert(const std::map<std::string, methodology::ExpertInputs, std::less<>>& by_org);

// Adds expert_not_applicable for each input of an indicator that `sphere` does not have.
void check_applicable(const methodology::Methodology& m, Sphere sphere, const methodology::ExpertInputs& inputs,
                      Errors& errors);

}  // namespace nok::scoring
