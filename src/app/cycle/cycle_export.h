#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/methodology/methodology.h"
#include "domain/staff/access.h"
#include "store/cycle_store.h"
#include "store/registry_store.h"
#include "store/survey_store.h"

// A cycle's export: its counted responses, the operator's inspections and its organisations
// in the exchange formats (docs/formats.md), with the methodology edition it was opened
// with. `nok score` on these files reproduces the cycle's results exactly, so an authority
// or anyone it hands them to can check what was published.
namespace nok::cycle_export {

// Whether `actor` may export `cycle` (staff::ResponseExport); others must not learn it exists.
bool may_export(const staff::StaffUser& actor, const CycleRecord& cycle);

// The counted responses: the header, then the responses page by page (`page` each, read in
// a short statement), each page handed to `sink` as one chunk of CSV. A download as large
// as a country's year holds one page in memory and no connection between pages.
using Sink = std::function<void(std::string_view chunk)>;
void write_responses(SurveyStore& store, std::int64_t cycle_id, const Sink& sink, std::size_t page = 2000);

// The inspections recorded for the cycle's organisations, one row per organisation.
std::string expert_csv(SurveyStore& store, std::int64_t cycle_id);

// The cycle's organisations as the registry holds them now, in the import format.
std::string organisations_csv(RegistryStore& registry, CycleStore& cycles, std::int64_t cycle_id);

// A questionnaire `edition` names that this build does not ship (it was added to the
// deployment), with the name of its download: "questionnaire-" + the id with '-' for '/' +
// ".json", as the shipped files are named. `nok score --edition-file` reads it beside the
// edition; a shipped one is in every build and is not offered.
struct AddedQuestionnaire {
  std::string id;
  std::string title;
  std::string file;
};
std::vector<AddedQuestionnaire> added_questionnaires(const methodology::Methodology& edition);

// The part of the files' names that says whose and which year: «Минздрав-2026».
std::string name_part(const CycleRecord& cycle);

}  // namespace nok::cycle_export
