#include "app/popularisation/effect.h"

#include <algorithm>

namespace nok::popularisation {

MeasureEffect effect_of(const MeasureType& type, const PopularisationEffect& effect) {
  MeasureEffect out{type.effect};
  switch (type.effect) {
    case EffectSource::placements:
      for (const auto& c : effect.carriers)
        if (std::find(type.carriers.begin(), type.carriers.end(), c.carrier) != type.carriers.end()) {
          out.scans += c.scans;
          out.answers += c.answers;
        }
      break;
    case EffectSource::invitations:
      out.invitations_sent = effect.invitations_sent;
      out.invitations_answered = effect.invitations_answered;
      break;
    case EffectSource::kiosk:
      out.kiosk_answers = effect.kiosk_answers;
      break;
    case EffectSource::none:
      break;
  }
  return out;
}

MeasureEffect measure_effect(PopularisationStore& store, const PopularisationMeasure& measure) {
  const auto type = find_measure_type(measure.draft.type);
  if (!type || type->effect == EffectSource::none) return {};
  return effect_of(*type, store.effect({measure.authority_id, "", measure.draft.starts_on, measure.draft.ends_on}));
}

std::string first_day(int year) { return std::to_string(year) + "-01-01"; }
std::string last_day(int year) { return std::to_string(year) + "-12-31"; }

PlanSummary summarise(PopularisationStore& store, std::int64_t authority_id, const std::string& region_code, int year) {
  PlanSummary out;
  out.year = year;
  out.effect = store.effect({authority_id, region_code, first_day(year), last_day(year)});
  const auto counts = store.measure_counts(authority_id, region_code, year);
  for (const auto& type : measure_types()) {
    TypeSummary summary{type, 0, effect_of(type, out.effect)};
    for (const auto& c : counts)
      if (c.type == type.code) summary.measures += c.measures;
    if (summary.measures > 0) out.types.push_back(summary);
  }
  for (const auto& c : counts) {
    out.measures += c.measures;
    for (std::size_t i = 0; i < kStatuses.size(); ++i)
      if (parse_status(c.status) == kStatuses[i]) out.by_status[i] += c.measures;
  }
  return out;
}

}  // namespace nok::popularisation
