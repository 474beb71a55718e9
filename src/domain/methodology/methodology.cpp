#include "domain/methodology/methodology.h"

#include <algorithm>
#include <stdexcept>

#include "core/embedded.h"
#include "domain/editions/edition_header.h"
#include "domain/methodology/edition_file.h"

namespace nok::editions {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok::methodology {
namespace {

bool is_methodology_file(const EmbeddedFile& file) { return file.name.starts_with("methodology-"); }

}  // namespace

std::optional<std::string> shipped_edition_text(std::string_view id) {
  for (const auto& file : editions::files())
    if (declared_edition_id(file.contents) == id) return std::string(file.contents);
  return std::nullopt;
}

const std::vector<Methodology>& methodologies() {
  static const std::vector<Methodology> all = [] {
    std::vector<Methodology> out;
    for (const auto& file : editions::files()) {
      if (!is_methodology_file(file)) continue;
      auto read = read_methodology(file.contents, shipped_edition_text);
      // A shipped file is checked by the tests; failing here means a broken build.
      if (!read.methodology)
        throw std::logic_error("data/editions/" + std::string(file.name) + ": " + describe(read.errors.front()));
      out.push_back(std::move(*read.methodology));
    }
    return out;
  }();
  return all;
}

std::optional<std::size_t> Methodology::indicator_index(std::string_view wanted) const {
  for (std::size_t i = 0; i < indicators.size(); ++i)
    if (indicators[i].id == wanted) return i;
  return std::nullopt;
}

bool Methodology::applies(std::size_t indicator, Sphere sphere) const {
  const auto& spheres = indicators[indicator].spheres;
  return spheres.empty() || std::find(spheres.begin(), spheres.end(), sphere) != spheres.end();
}

const Methodology& default_methodology() {
  static const Methodology& found = [] {
    const auto* m = find_methodology(kDefaultMethodology);
    if (!m) throw std::logic_error("no shipped edition " + std::string(kDefaultMethodology));
    return std::cref(*m);
  }();
  return found;
}

const survey::Questionnaire& questionnaire_for(const Methodology& m, Sphere sphere) {
  const survey::Questionnaire* found = m.default_questionnaire.get();
  for (const auto& [s, q] : m.sphere_questionnaires)
    if (s == sphere) found = q.get();
  // Editions are read with their questionnaires; only a hand-built one lacks them.
  if (!found) throw std::logic_error("methodology " + m.id + ": no questionnaire");
  return *found;
}

const survey::Questionnaire& widest_questionnaire(const Methodology& m) {
  const survey::Questionnaire* widest = &questionnaire_for(m, all_spheres().front());
  for (Sphere sphere : all_spheres())
    if (const auto& q = questionnaire_for(m, sphere); q.questions.size() > widest->questions.size()) widest = &q;
  return *widest;
}

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
