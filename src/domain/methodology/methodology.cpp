#include "domain/methodology/methodology.h"

#include <algorithm>

namespace nok::methodology {

std::optional<std::size_t> Methodology::indicator_index(std::string_view wanted) const {
  for (std::size_t i = 0; i < indicators.size(); ++i)
    if (indicators[i].id == wanted) return i;
  return std::nullopt;
}

bool Methodology::applies(std::size_t indicator, Sphere sphere) const {
  const auto& spheres = indicators[indicator].spheres;
  return spheres.empty() || std::find(spheres.begin(), spheres.end(), sphere) != spheres.end();
}

const Methodology& default_methodology() { return methodologies().front(); }

const Methodology* find_methodology(std::string_view id) {
  for (const auto& m : methodologies())
    if (m.id == id) return &m;
  return nullptr;
}

double waiting_points(const Methodology& m, double days) {
  for (const auto& band : m.waiting_bands)
    if (days <= band.max_days) return band.points;
  return m.waiting_points_beyond;
}

std::vector<ExpertField> expert_fields(const Indicator& indicator) {
  struct Reads {
    std::vector<ExpertField>& out;
    void operator()(const SurveyShare&) const {}
    void operator()(const ExpertRatio& p) const { out.insert(out.end(), {p.present, p.required}); }
    void operator()(const ExpertPoints& p) const { out.push_back(p.count); }
    void operator()(const WaitingPoints& p) const { out.push_back(p.days); }
  };
  std::vector<ExpertField> out;
  for (const auto& part : indicator.parts) std::visit(Reads{out}, part);
  return out;
}

std::vector<ExpertField> expert_fields(const Methodology& m, Sphere sphere) {
  std::vector<ExpertField> read;
  for (std::size_t i = 0; i < m.indicators.size(); ++i)
    if (m.applies(i, sphere))
      for (auto field : expert_fields(m.indicators[i])) read.push_back(field);
  std::vector<ExpertField> out;
  for (auto field : all_expert_fields())
    if (std::find(read.begin(), read.end(), field) != read.end()) out.push_back(field);
  return out;
}

}  // namespace nok::methodology
