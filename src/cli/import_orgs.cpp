#include <chrono>
#include <iostream>

#include "app/registry/import.h"
#include "cli/common.h"
#include "cli/verbs.h"

namespace nok::cli {

int import_orgs(int argc, char** argv) {
  po::options_description options("import-orgs");
  add_db_option(options);
  options.add_options()("file", po::value<std::string>()->required(), "CSV file (docs/formats.md)");
  po::positional_options_description positional;
  positional.add("file", 1);
  int exit_code = 0;
  auto vm = parse(argc, argv, options, "nok import-orgs [--db URL] FILE.csv", exit_code, positional);
  if (!vm) return exit_code;

  const auto path = (*vm)["file"].as<std::string>();
  const auto text = read_file(path);
  if (!text) {
    std::cerr << "ошибка: не удалось открыть файл «" << path << "»\n";
    return 1;
  }

  auto store = open_prepared_store(*vm, 1);
  const auto started = std::chrono::steady_clock::now();
  auto report = import_organisations(*store, *text);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!report.errors.empty()) {
    for (const auto& e : report.errors) std::cerr << path << ": " << describe(e) << "\n";
    std::cerr << "импорт отменён: ошибок " << report.errors.size() << ", база данных не изменена\n";
    return 1;
  }
  std::cout << "imported " << report.rows << " rows: " << report.summary.inserted << " new, "
            << report.summary.updated << " updated in " << seconds << " s ("
            << static_cast<long>(report.rows / std::max(seconds, 1e-9)) << " rows/s)\n";
  return 0;
}

}  // namespace nok::cli
