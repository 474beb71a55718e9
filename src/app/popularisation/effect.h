#pragma once
// What the data shows of the plan's work (docs/popularisation.md, "Effect"): the figures of
// each measure type's source, and a year's plan summed by status and type for the yearly
// report and the monitoring's JSON.
#include <array>
#include <string>
#include <vector>

#include "store/popularisation_store.h"

namespace nok::popularisation {

// The figures of one source; only those of `source` are filled (none: nothing is).
struct MeasureEffect {
  EffectSource source = EffectSource::none;
  std::int64_t scans = 0, answers = 0;                          // placements
  std::int64_t invitations_sent = 0, invitations_answered = 0;  // invitations
  std::int64_t kiosk_answers = 0;                               // kiosk
};

// The part of `effect` that `type` is judged by: the scans and answers of its carriers,
// the invitations, or the kiosk's answers.
MeasureEffect effect_of(const MeasureType& type, const PopularisationEffect& effect);

// The effect of a measure of the authority over its own dates.
MeasureEffect measure_effect(PopularisationStore& store, const PopularisationMeasure& measure);

// A type's measures in a year's plans and its source's figures over the whole year.
struct TypeSummary {
  MeasureType type;
  std::int64_t measures = 0;
  MeasureEffect effect;
};

// A year's plans of one authority (authority_id), of a region's authorities (region_code) or
// of all (0 and empty).
struct PlanSummary {
  int year = 0;
  std::int64_t measures = 0;
  std::array<std::int64_t, kStatuses.size()> by_status{};  // in kStatuses' order
  std::vector<TypeSummary> types;                          // the types with measures, in the letter's order
  PopularisationEffect effect;                             // the whole year's figures of the scope
};

PlanSummary summarise(PopularisationStore& store, std::int64_t authority_id, const std::string& region_code, int year);

// "2026-01-01" and "2026-12-31".
std::string first_day(int year);
std::string last_day(int year);

}  // namespace nok::popularisation
