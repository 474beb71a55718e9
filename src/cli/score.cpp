#include <iostream>
#include <map>

#include "app/methodology/edition_catalog.h"
#include "app/methodology/edition_files.h"
#include "app/scoring/report_csv.h"
#include "app/scoring/report_json.h"
#include "app/scoring/score_files.h"
#include "cli/common.h"
#include "cli/verbs.h"

namespace nok::cli {
namespace {

constexpr const char* kUsage =
    "nok score --responses R.csv --expert E.csv [--ratings P.csv] [--orgs ORGS.csv | --db URL]\n"
    "          [--methodology ID | --methodology-file FILE [--edition-file FILE]...]\n"
    "          [--format json|csv]\n"
    "          [--group-by region|sphere|authority]";

// Reads a named file into a Source; prints why not and returns false when it cannot.
bool load(const po::variables_map& vm, const char* option, std::optional<scoring::Source>& out) {
  if (!vm.count(option)) return true;
  const auto path = vm[option].as<std::string>();
  auto text = read_file(path);
  if (!text) {
    std::cerr << "ошибка: не удалось открыть файл «" << path << "»\n";
    return false;
  }
  out = scoring::Source{path, std::move(*text)};
  return true;
}

}  // namespace

int score(int argc, char** argv) {
  po::options_description options("score");
  options.add_options()
      ("responses", po::value<std::string>()->required(), "survey responses CSV (docs/methodology.md)")
      ("expert", po::value<std::string>()->required(), "expert inputs CSV, one row per organisation")
      ("ratings", po::value<std::string>(), "citizen ratings in points CSV (optional)")
      ("orgs", po::value<std::string>(), "registry CSV (import format) for spheres, regions, authorities")
      ("db", po::value<std::string>(), "or take the registry from this database (sqlite:PATH or postgresql://…)")
      ("methodology", po::value<std::string>()->default_value(""),
       "methodology edition: shipped, or added to --db (default: the current one)")
      ("methodology-file", po::value<std::string>(), "or an edition file that is in no database (docs/editions.md)")
      ("edition-file", po::value<std::vector<std::string>>(),
       "a base or questionnaire that --methodology-file names and no database holds (repeatable)")
      ("format", po::value<std::string>()->default_value("json"), "json or csv")
      ("group-by", po::value<std::string>(), "region, sphere or authority (needs --orgs or --db)");
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code);
  if (!vm) return exit_code;

  const auto format = (*vm)["format"].as<std::string>();
  if (format != "json" && format != "csv") {
    std::cerr << "ошибка в параметрах: --format должен быть json или csv\n";
    return 2;
  }
  if (vm->count("orgs") && vm->count("db")) {
    std::cerr << "ошибка в параметрах: укажите реестр одним способом — --orgs или --db\n";
    return 2;
  }
  scoring::ScoreRequest request;
  if (vm->count("group-by")) {
    auto by = scoring::parse_group_by((*vm)["group-by"].as<std::string>());
    if (!by) {
      std::cerr << "ошибка в параметрах: --group-by должен быть region, sphere или authority\n";
      return 2;
    }
    request.group_by = *by;
  }
  request.methodology = (*vm)["methodology"].as<std::string>();

  std::optional<scoring::Source> responses, expert;
  if (!load(*vm, "responses", responses) || !load(*vm, "expert", expert) || !load(*vm, "ratings", request.ratings) ||
      !load(*vm, "orgs", request.registry))
    return 1;
  request.responses = std::move(*responses);
  request.expert = std::move(*expert);
  std::unique_ptr<sql::SqlStores> stores;
  if (vm->count("db")) {
    stores = open_prepared_stores(*vm, 1);
    request.store = stores->main.get();
  }
  EditionCatalog editions(stores ? &stores->editions : nullptr);
  if (vm->count("edition-file") && !vm->count("methodology-file")) {
    std::cerr << "ошибка в параметрах: --edition-file читается только вместе с --methodology-file\n";
    return 2;
  }
  std::optional<methodology::Methodology> from_file;
  if (vm->count("methodology-file")) {
    if (!request.methodology.empty()) {
      std::cerr << "ошибка в параметрах: укажите методику одним способом — --methodology или --methodology-file\n";
      return 2;
    }
    const auto path = (*vm)["methodology-file"].as<std::string>();
    const auto text = read_file(path);
    if (!text) {
      std::cerr << "ошибка: не удалось открыть файл «" << path << "»\n";
      return 1;
    }
    std::map<std::string, std::string, std::less<>> given;
    if (vm->count("edition-file"))
      for (const auto& other : (*vm)["edition-file"].as<std::vector<std::string>>()) {
        auto other_text = read_file(other);
        auto id = other_text ? declared_edition_id(*other_text) : std::nullopt;
        if (!id) {
          std::cerr << "ошибка: файл «" << other << "» не читается как издание\n";
          return 1;
        }
        given.insert_or_assign(std::move(*id), std::move(*other_text));
      }
    auto read = methodology::read_methodology(*text, [&](std::string_view id) -> std::optional<std::string> {
      if (auto it = given.find(id); it != given.end()) return it->second;
      return editions.text(id);
    });
    if (!read.methodology) {
      for (const auto& e : read.errors) std::cerr << path << ": " << describe(e) << "\n";
      std::cerr << "расчёт отменён: в файле методики ошибок " << read.errors.size() << "\n";
      return 1;
    }
    from_file = std::move(read.methodology);
    request.edition = &*from_file;
  } else if (stores && !request.methodology.empty()) {
    request.edition = editions.find(request.methodology);  // nullptr: reported as unknown below
  }

  auto outcome = scoring::score_files(request);
  if (!outcome.errors.empty()) {
    for (const auto& e : outcome.errors)
      std::cerr << (e.source.empty() ? "ошибка" : e.source) << ": " << describe(e.error) << "\n";
    std::cerr << "расчёт отменён: ошибок " << outcome.errors.size() << "\n";
    return 1;
  }
  std::cout << (format == "csv" ? scoring::report_csv(outcome.report) : scoring::report_json(outcome.report));
  return 0;
}

}  // namespace nok::cli
