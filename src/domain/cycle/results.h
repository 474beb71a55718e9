#pragma once
#include <optional>
#include <span>
#include <string>

#include "domain/methodology/methodology.h"
#include "domain/methodology/score.h"

// The results of one organisation in one edition of a cycle: what the operator hands to
// the public council (values computed by the engine, the deficiencies found), what the
// council adds (proposals), and what the authority publishes — the composition of
// Приказ Минфина № 66н (docs/domain.md#regulations).
namespace nok::cycle {

struct OrganisationResult {
  std::string code;
  std::string short_name;
  std::string methodology;  // the id of the version that computed the values
  std::string scores_json;  // {"respondents", "indicators": {"1.1": 83.33, …}, "criteria": {"K1": …}, "total"}
  std::optional<double> total;
  std::string deficiencies;  // the operator's, one per line; prefilled by default_deficiencies
  std::string proposals;     // the public council's
};

// A fingerprint of the materials a council decides on: every organisation's values and
// deficiencies, in the given order. A decision names the digest its member saw, so a
// decision on materials that changed since is refused. Proposals are the council's own
// words and are not part of it.
std::string materials_digest(std::span<const OrganisationResult> results);

// Indicators under this many points are listed as deficiencies when the operator
// prepares materials ([C]: the operator edits the list; docs/methodology.md).
inline constexpr double kDeficiencyBelow = 90.0;

// "1.1 <title>: 62,50 из 100" (a decimal comma: the text is for people and is published on
// the organisation page), one line per indicator under kDeficiencyBelow, lowest first;
// empty when none.
std::string default_deficiencies(const methodology::Methodology& m, const methodology::Score& score);

}  // namespace nok::cycle
