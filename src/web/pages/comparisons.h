#pragma once
#include <optional>
#include <string_view>

#include "domain/methodology/score.h"
#include "store/cycle_store.h"
#include "web/view.h"

namespace nok::web {

// The range stored with a published result (its scores_json, app/cycle/materials.cpp);
// nullopt for a result stored without one.
std::optional<methodology::Range> range_of(std::string_view scores_json);

// The organisation page's comparisons of a published total: with the organisation's
// previous assessment (`before`, may be null), the mean of its region and the mean of its
// sphere that year — each «выше», «не отличается» or «ниже», decided by the ranges
// (methodology::compare), with the figures compared. Sets has_range, range_low, range_high,
// comparisons and has_comparisons; nothing of a result without a range.
void set_comparisons(Data& section, const PublishedResult& latest, const PublishedResult* before,
                     const YearMeans& means);

}  // namespace nok::web
