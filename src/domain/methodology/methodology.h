#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/methodology/expert.h"
#include "domain/registry/sphere.h"
#include "domain/survey/item.h"
#include "domain/survey/questionnaire.h"

namespace nok::methodology {

// The parts an indicator is the mean of. Each yields 0…100 or "no data".
struct SurveyShare {  // share of "yes" among those who answered the item × 100
  survey::Item item;
};
struct ExpertRatio {  // present / required × 100; no data when nothing is required
  ExpertField present;
  ExpertField required;
};
struct ExpertPoints {  // min(cap, per_item × count)
  ExpertField count;
  double per_item;
  double cap;
};
struct WaitingPoints {  // points for the average waiting time, from Methodology::waiting_bands
  ExpertField days;
};
using Part = std::variant<SurveyShare, ExpertRatio, ExpertPoints, WaitingPoints>;

struct Indicator {
  std::string id;      // "1.1"
  std::string symbol;  // "П_инф"
  std::string title;   // Russian, for pages and reports
  std::vector<Part> parts;
  std::vector<Sphere> spheres;  // where the indicator exists; empty means every sphere
};

struct Term {
  std::size_t indicator;  // index into Methodology::indicators
  double weight;
};

struct Criterion {
  std::string id;  // "K1"
  std::string title;
  // Weight sets in order of preference; an organisation uses the first whose indicators
  // all exist in its sphere (K2 lists its waiting-time form first).
  std::vector<std::vector<Term>> variants;
};

struct WaitingBand {
  double max_days;  // inclusive upper bound of the average waiting time
  double points;
};

// An indicator of a criterion without data: drop it and renormalise the weights of the
// others, or leave the whole criterion without data.
enum class MissingIndicators { renormalise, no_data };
// A part of a two-part indicator (1.1, 1.3, 2.2) without data: the others count alone,
// or the indicator has no data.
enum class MissingParts { remaining, no_data };

struct SampleRule {
  double share_of_recipients;  // of the yearly number of service recipients
  std::int64_t cap;            // at most this many respondents are required
  double min_site_app_share;   // of the sample through the official site and the citizen app
};

// A version of the Unified procedure, read from an edition file (docs/editions.md). Results
// record the id of the version that produced them; a change of formula, weight or table is
// a new version, never an edit.
struct Methodology {
  std::string id;
  std::string title;
  std::string note;  // where the formulas come from, for people
  std::vector<Indicator> indicators;
  std::vector<Criterion> criteria;  // the total is their mean
  std::vector<WaitingBand> waiting_bands;  // ascending by max_days
  double waiting_points_beyond = 0;        // past the last band
  MissingIndicators missing_indicators = MissingIndicators::renormalise;
  MissingParts missing_parts = MissingParts::remaining;
  SampleRule sample{};
  // The questionnaire citizens answer: per sphere, else the default. The edition holds them,
  // shipped or added to a database alike, so one read from a database lives as long as the
  // edition that names it.
  std::shared_ptr<const survey::Questionnaire> default_questionnaire;
  std::vector<std::pair<Sphere, std::shared_ptr<const survey::Questionnaire>>> sphere_questionnaires;

  std::optional<std::size_t> indicator_index(std::string_view id) const;
  bool applies(std::size_t indicator, Sphere sphere) const;
};

// The editions this build ships (data/editions/methodology-*.json); the default is the one
// named by kDefaultMethodology. Editions added to a database are resolved by the app layer.
inline constexpr std::string_view kDefaultMethodology = "344n-2019";
const std::vector<Methodology>& methodologies();
const Methodology& default_methodology();
const Methodology* find_methodology(std::string_view id);
// The file of a shipped edition (a methodology or a questionnaire), by id: the base an
// edition file may extend, or a questionnaire it names.
std::optional<std::string> shipped_edition_text(std::string_view id);

// The questionnaire an organisation of `sphere` asks under `m`.
const survey::Questionnaire& questionnaire_for(const Methodology& m, Sphere sphere);
// Of the questionnaires `m` asks, the one that asks the most items: what a response is
// checked against when its organisation's sphere is unknown (no registry at hand).
const survey::Questionnaire& widest_questionnaire(const Methodology& m);

double waiting_points(const Methodology& m, double days);

// The expert inputs an indicator reads (to refuse, say, a waiting time for a museum).
std::vector<ExpertField> expert_fields(const Indicator& indicator);
// The expert inputs of the indicators that apply to `sphere`, in the exchange order: what an
// inspection of an organisation of that sphere records.
std::vector<ExpertField> expert_fields(const Methodology& m, Sphere sphere);

}  // namespace nok::methodology
