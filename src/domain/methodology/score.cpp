#include "domain/methodology/score.h"

#include <algorithm>

#include "domain/statistics/wilson.h"

namespace nok::methodology {
namespace {

// Which value of each answer share the score is computed from.
enum class ShareEnd { observed, low, high };

struct PartValue {
  const survey::SurveyCounters& counters;
  const ExpertInputs& expert;
  const Methodology& m;
  ShareEnd end = ShareEnd::observed;

  std::optional<double> operator()(const SurveyShare& p) const {
    const auto& count = counters[p.item];
    if (end != ShareEnd::observed) {
      const auto interval = statistics::wilson(count.yes, count.answered);
      if (!interval) return std::nullopt;
      return (end == ShareEnd::low ? interval->low : interval->high) * 100;
    }
    auto share = count.share();
    return share ? std::optional(*share * 100) : std::nullopt;
  }
  std::optional<double> operator()(const ExpertRatio& p) const {
    auto present = expert[p.present], required = expert[p.required];
    if (!present || !required || *required <= 0) return std::nullopt;
    return *present / *required * 100;
  }
  std::optional<double> operator()(const ExpertPoints& p) const {
    auto count = expert[p.count];
    return count ? std::optional(std::min(p.cap, p.per_item * *count)) : std::nullopt;
  }
  std::optional<double> operator()(const WaitingPoints& p) const {
    auto days = expert[p.days];
    return days ? std::optional(waiting_points(m, *days)) : std::nullopt;
  }
};

std::optional<double> indicator_value(const Methodology& m, const Indicator& indicator, const PartValue& value) {
  double sum = 0;
  std::size_t present = 0;
  for (const auto& part : indicator.parts)
    if (auto v = std::visit(value, part)) {
      sum += *v;
      ++present;
    }
  if (present == 0 || (present < indicator.parts.size() && m.missing_parts == MissingParts::no_data))
    return std::nullopt;
  return sum / present;
}

const std::vector<Term>& chosen_variant(const Criterion& c, const std::vector<bool>& applicable) {
  for (const auto& variant : c.variants)
    if (std::all_of(variant.begin(), variant.end(), [&](const Term& t) { return applicable[t.indicator]; }))
      return variant;
  return c.variants.back();
}

std::optional<double> criterion_value(const Methodology& m, const std::vector<Term>& terms,
                                      const std::vector<std::optional<double>>& indicators) {
  double sum = 0, weights = 0;
  bool any_missing = false;
  for (const auto& t : terms) {
    if (!indicators[t.indicator]) {
      any_missing = true;
      continue;
    }
    sum += t.weight * *indicators[t.indicator];
    weights += t.weight;
  }
  if (weights == 0 || (any_missing && m.missing_indicators == MissingIndicators::no_data)) return std::nullopt;
  return sum / weights;
}

Score score_at(const Methodology& m, std::optional<Sphere> sphere, const survey::SurveyCounters& counters,
               const ExpertInputs& expert, ShareEnd end) {
  Score s;
  const PartValue value{counters, expert, m, end};
  const std::size_t n = m.indicators.size();
  s.indicators.resize(n);
  s.applicable.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    auto v = indicator_value(m, m.indicators[i], value);
    s.applicable[i] = sphere ? m.applies(i, *sphere) : (m.indicators[i].spheres.empty() || v.has_value());
    if (!s.applicable[i]) continue;
    s.indicators[i] = v;
    if (!v) s.missing.push_back(i);
  }

  double sum = 0;
  bool complete = true;
  for (const auto& c : m.criteria) {
    s.criteria.push_back(criterion_value(m, chosen_variant(c, s.applicable), s.indicators));
    if (s.criteria.back()) sum += *s.criteria.back();
    else complete = false;
  }
  if (complete && !m.criteria.empty()) s.total = sum / m.criteria.size();
  return s;
}

}  // namespace

Score score(const Methodology& m, std::optional<Sphere> sphere, const survey::SurveyCounters& counters,
            const ExpertInputs& expert) {
  return score_at(m, sphere, counters, expert, ShareEnd::observed);
}

std::optional<Range> total_range(const Methodology& m, std::optional<Sphere> sphere,
                                 const survey::SurveyCounters& counters, const ExpertInputs& expert) {
  const auto low = score_at(m, sphere, counters, expert, ShareEnd::low).total;
  const auto high = score_at(m, sphere, counters, expert, ShareEnd::high).total;
  if (!low || !high) return std::nullopt;
  return Range{*low, *high};
}

}  // namespace nok::methodology
