#include "app/scoring/score_files.h"

#include <algorithm>
#include <map>

#include "app/registry/reference_data.h"
#include "app/scoring/catalog.h"
#include "app/scoring/expert_csv.h"
#include "app/scoring/rating_csv.h"
#include "app/scoring/response_csv.h"
#include "domain/exchange/fields.h"
#include "domain/registry/organisation_csv.h"
#include "domain/survey/scoreboard.h"

namespace nok::scoring {
namespace {

constexpr std::string_view kGroupCodes[] = {"", "region", "sphere", "authority"};

void add_errors(std::vector<SourcedError>& out, const std::string& source, Errors errors) {
  for (auto& e : errors) out.push_back({source, std::move(e)});
}

std::optional<Catalog> open_catalog(const ScoreRequest& request, std::vector<SourcedError>& errors) {
  if (request.registry) {
    auto parsed = parse_organisations(request.registry->text, known_regions());
    if (!parsed.errors.empty()) {
      add_errors(errors, request.registry->name, std::move(parsed.errors));
      return std::nullopt;
    }
    return Catalog(std::move(parsed.organisations));
  }
  if (request.store) return catalog_from_store(*request.store);
  return Catalog();
}

std::string region_name(const std::string& code) {
  for (const auto& r : known_regions())
    if (r.code == code) return r.name;
  return code;
}

std::pair<std::string, std::string> group_of(GroupBy by, const Organisation& o) {
  switch (by) {
    case GroupBy::region: return {o.region_code, region_name(o.region_code)};
    case GroupBy::sphere: return {std::string(code(o.sphere)), std::string(title(o.sphere))};
    case GroupBy::authority: return {o.authority, o.authority.empty() ? "Орган не указан" : o.authority};
    case GroupBy::none: break;
  }
  return {};
}

std::vector<GroupReport> group(const ScoreReport& report, const Catalog& catalog) {
  std::map<std::string, GroupReport> groups;
  for (const auto& o : report.organisations) {
    auto [key, name] = group_of(report.group_by, *catalog.find(o.org));
    auto it = groups.try_emplace(key, GroupReport{key, name, methodology::GroupMeans(report.methodology->criteria.size())})
                  .first;
    it->second.means.add(o.score);
  }
  std::vector<GroupReport> out;
  for (auto& [key, g] : groups) out.push_back(std::move(g));
  return out;
}

}  // namespace

std::optional<GroupBy> parse_group_by(std::string_view text) {
  for (std::size_t i = 1; i < std::size(kGroupCodes); ++i)
    if (kGroupCodes[i] == text) return static_cast<GroupBy>(i);
  return std::nullopt;
}

std::string_view code(GroupBy g) { return kGroupCodes[static_cast<std::size_t>(g)]; }

ScoreOutcome score_files(const ScoreRequest& request) {
  ScoreOutcome out;
  auto& errors = out.errors;
  const auto* m = request.edition                ? request.edition
                  : request.methodology.empty() ? &methodology::default_methodology()
                                                : methodology::find_methodology(request.methodology);
  if (!m)
    errors.push_back({"", {"score_unknown_methodology",
                           "неизвестная методика " + quoted(request.methodology) + " (известна: " +
                               methodology::default_methodology().id + ")"}});
  if (request.group_by != GroupBy::none && !request.registry && !request.store)
    errors.push_back({"", {"score_no_registry",
                           "для группировки по " + std::string(code(request.group_by)) +
                               " нужен реестр организаций: укажите --orgs ФАЙЛ.csv или --db URL"}});
  if (!errors.empty()) return out;
  auto catalog = open_catalog(request, errors);
  if (!catalog) return out;
  catalog->use_edition(*m);

  survey::Scoreboard board;
  add_errors(errors, request.responses.name,
             read_responses(request.responses.text, *catalog, [&](survey::Response&& r, int) {
               board.add(r);
               return Errors{};
             }));
  auto expert = read_expert(request.expert.text, *catalog);
  add_errors(errors, request.expert.name, std::move(expert.errors));
  std::map<std::string, ratings::RatingCounters, std::less<>> rated;
  if (request.ratings)
    add_errors(errors, request.ratings->name, read_ratings(request.ratings->text, *catalog, [&](ratings::Rating&& r) {
                 rated[r.org].add(r);
               }));
  if (!errors.empty()) return out;

  // Organisations with expert inputs or ratings but no respondents are scored too.
  for (const auto& [org, inputs] : expert.by_org) board.slot(org);
  for (const auto& [org, counters] : rated) board.slot(org);

  auto& report = out.report;
  report.methodology = m;
  report.group_by = request.group_by;
  report.with_ratings = request.ratings.has_value();
  const methodology::ExpertInputs no_inputs;
  for (std::uint32_t slot = 0; slot < board.size(); ++slot) {
    OrgReport o;
    o.org = board.code(slot);
    o.sphere = catalog->sphere(o.org);
    o.questionnaire = &catalog->questionnaire(o.org);
    o.counters = board.counters(slot);
    auto inputs = expert.by_org.find(o.org);
    o.score = methodology::score(*m, o.sphere, o.counters, inputs == expert.by_org.end() ? no_inputs : inputs->second);
    const Organisation* registered = catalog->find(o.org);
    o.sample = methodology::sample_status(m->sample, o.counters, registered ? registered->recipients_per_year : 0);
    if (report.with_ratings) {
      auto r = rated.find(o.org);
      o.ratings = r == rated.end() ? ratings::RatingCounters{} : r->second;
    }
    report.organisations.push_back(std::move(o));
  }
  std::sort(report.organisations.begin(), report.organisations.end(),
            [](const OrgReport& a, const OrgReport& b) { return a.org < b.org; });
  if (report.group_by != GroupBy::none) report.groups = group(report, *catalog);
  return out;
}

}  // namespace nok::scoring
