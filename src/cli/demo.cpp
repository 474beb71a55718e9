#include <iostream>

#include "app/demo/demo_cycles.h"
#include "app/demo/demo_publication.h"
#include "app/demo/demo_responses.h"
#include "app/demo/demo_registry.h"
#include "core/time.h"
#include "app/registry/reference_data.h"
#include "cli/common.h"
#include "cli/verbs.h"

namespace nok::cli {

int demo(int argc, char** argv) {
  po::options_description options("demo");
  add_db_option(options);
  options.add_options()("orgs", po::value<std::size_t>()->default_value(12000), "number of organisations")(
      "seed", po::value<std::uint64_t>()->default_value(2026), "random seed: the same seed gives the same data")(
      "responses", po::value<int>()->default_value(30), "at most this many survey responses per organisation")(
      "published-authorities", po::value<std::size_t>()->default_value(1000),
      "authorities whose last year's results are published (0: none)");
  int exit_code = 0;
  auto vm = parse(argc, argv, options, "nok demo [--db URL] [--orgs N] [--seed S]", exit_code);
  if (!vm) return exit_code;

  auto stores = open_prepared_stores(*vm, 2);
  auto& store = stores->main;
  auto registry = generate_demo_registry((*vm)["orgs"].as<std::size_t>(), (*vm)["seed"].as<std::uint64_t>(),
                                         known_regions());
  auto summary = store->upsert_organisations(registry);
  std::cout << "demo registry: " << summary.inserted << " new, " << summary.updated << " updated organisations\n";
  const int year = current_year();
  const auto cycles = open_demo_cycles(*store, registry, year);
  const auto responses = add_demo_responses(*store, registry, year, (*vm)["seed"].as<std::uint64_t>(),
                                            (*vm)["responses"].as<int>());
  std::cout << "demo assessment " << year << ": " << cycles << " cycles, " << responses << " survey responses\n";
  std::size_t last_year_responses = 0;
  const auto published = publish_demo_year(
      *store, stores->cycles, stores->staff, registry, year - 1, (*vm)["published-authorities"].as<std::size_t>(), [&] {
        last_year_responses = add_demo_responses(*store, registry, year - 1, (*vm)["seed"].as<std::uint64_t>() + 1,
                                                 (*vm)["responses"].as<int>());
      });
  std::cout << "demo assessment " << year - 1 << ": " << published << " cycles published, " << last_year_responses
            << " survey responses\n";
  return 0;
}

}  // namespace nok::cli
