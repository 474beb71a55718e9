#pragma once
#include <functional>
#include <string_view>
#include <vector>

#include "app/methodology/edition_catalog.h"
#include "store/cycle_store.h"
#include "web/view.h"

namespace nok::web {

// The criteria of a result (scores_json of domain/cycle/results.h) as rows for a table:
// {title, value, indicators: [{id, title, value}]} in the order of the edition
// `methodology_id` (of `editions`); values as people read them ("83,33", "нет данных").
void set_criteria_rows(Data& data, const std::string& key, EditionCatalog& editions, std::string_view methodology_id,
                       std::string_view scores_json);

// How precise a published result is, for the results page: the total's range (has_range,
// range_low, range_high) and each share its indicators are built from, with the number who
// answered and its interval (web/pages/answer_shares.h), from the counts stored with it.
// Nothing of a result stored without them.
void set_published_precision(Data& data, EditionCatalog& editions, const PublishedResult& published, Sphere sphere);

// The organisation page's section of official results: the current published edition
// of the latest year, with its deficiencies and the council's proposals, its comparisons
// (web/pages/comparisons.h; `means_of` gives a year's group means), and a link to the
// history when there is more than one edition. Nothing when none is published.
void add_published_results(Data& data, EditionCatalog& editions, const std::vector<PublishedResult>& published,
                           const std::function<YearMeans(int year)>& means_of);

}  // namespace nok::web
