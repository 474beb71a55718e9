#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/methodology/group_means.h"
#include "domain/methodology/methodology.h"
#include "domain/methodology/sample.h"
#include "domain/methodology/score.h"
#include "domain/ratings/rating.h"
#include "domain/survey/counters.h"
#include "domain/survey/questionnaire.h"
#include "store/registry_store.h"

namespace nok::scoring {

enum class GroupBy { none, region, sphere, authority };
std::optional<GroupBy> parse_group_by(std::string_view text);
std::string_view code(GroupBy g);

// An input file: its name for messages and its contents.
struct Source {
  std::string name;
  std::string text;
};

struct ScoreRequest {
  Source responses;
  Source expert;
  std::optional<Source> ratings;
  std::optional<Source> registry;  // a registry CSV in the import format (docs/formats.md)…
  RegistryStore* store = nullptr;          // …or the registry in the database
  std::string methodology;         // a shipped edition's id; empty means the default…
  const methodology::Methodology* edition = nullptr;  // …or an edition read elsewhere (a file, a database)
  GroupBy group_by = GroupBy::none;
};

struct OrgReport {
  std::string org;
  std::optional<Sphere> sphere;  // nullopt without a registry
  const survey::Questionnaire* questionnaire = nullptr;
  survey::SurveyCounters counters;
  methodology::Score score;
  methodology::SampleStatus sample;
  std::optional<ratings::RatingCounters> ratings;  // when a ratings file was given
};

struct GroupReport {
  std::string key;   // region code, sphere code or authority name
  std::string name;  // Russian, for people
  methodology::GroupMeans means;
};

struct ScoreReport {
  const methodology::Methodology* methodology = nullptr;
  std::vector<OrgReport> organisations;  // every organisation named in any input, by code
  GroupBy group_by = GroupBy::none;
  std::vector<GroupReport> groups;  // by key
  bool with_ratings = false;
};

// An error and the file it is in (empty for the request itself, e.g. a bad option).
struct SourcedError {
  std::string source;
  Error error;
};

struct ScoreOutcome {
  ScoreReport report;                // meaningful only when errors is empty
  std::vector<SourcedError> errors;  // every error of every file
};

// `nok score`: all or nothing — any bad row in any file makes errors non-empty.
ScoreOutcome score_files(const ScoreRequest& request);

}  // namespace nok::scoring
