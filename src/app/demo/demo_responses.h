#pragma once
#include <cstdint>
#include <vector>

#include "app/demo/random.h"
#include "domain/registry/organisation.h"
#include "domain/survey/questionnaire.h"
#include "store/store.h"

namespace nok {

// Fills this year's assessment of the demo registry with plausible data: for each
// assessed organisation an operator's inspection and up to `max_per_organisation`
// survey responses (mostly through the site, some through the app and the operator),
// each organisation with its own level of satisfaction. Deterministic for a seed.
// Returns the number of responses stored.
std::size_t add_demo_responses(Store& store, const std::vector<Organisation>& registry, int year, std::uint64_t seed,
                               int max_per_organisation = 30);

// The channel of one demo response, in the shares of docs/domain.md#channel-statistics.
survey::Channel demo_channel(demo::Random& rnd);
// One demo respondent's answers to `q`: satisfied with each aspect with probability
// `satisfaction` %, answering only what the questionnaire asks and obeying its filters.
survey::Answers demo_answers(demo::Random& rnd, const survey::Questionnaire& q, int satisfaction);

}  // namespace nok
