#include "domain/cycle/results.h"

#include <algorithm>
#include <vector>

#include "core/crypto.h"
#include "core/number_text.h"

namespace nok::cycle {
namespace {

// Length-prefixed fields, so that no two different lists of fields hash alike.
void append_field(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

}  // namespace

std::string materials_digest(std::span<const OrganisationResult> results) {
  std::string canonical;
  for (const auto& r : results) {
    append_field(canonical, r.code);
    append_field(canonical, r.methodology);
    append_field(canonical, r.scores_json);
    append_field(canonical, r.deficiencies);
  }
  return content_digest(canonical);
}

std::string default_deficiencies(const methodology::Methodology& m, const methodology::Score& score) {
  std::vector<std::pair<double, std::size_t>> low;
  for (std::size_t i = 0; i < m.indicators.size() && i < score.indicators.size(); ++i)
    if (score.indicators[i] && *score.indicators[i] < kDeficiencyBelow) low.emplace_back(*score.indicators[i], i);
  std::stable_sort(low.begin(), low.end());
  std::string out;
  for (const auto& [value, i] : low)
    out += m.indicators[i].id + " " + m.indicators[i].title + ": " + text::number_text(value, 2) + " из 100\n";
  return out;
}

}  // namespace nok::cycle
