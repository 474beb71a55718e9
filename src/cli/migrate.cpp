#include <iostream>

#include "app/registry/reference_data.h"
#include "cli/common.h"
#include "cli/verbs.h"

namespace nok::cli {

int migrate(int argc, char** argv) {
  po::options_description options("migrate");
  add_db_option(options);
  int exit_code = 0;
  auto vm = parse(argc, argv, options, "nok migrate [--db URL]", exit_code);
  if (!vm) return exit_code;
  auto store = sql::open_sql_store((*vm)["db"].as<std::string>(), 1);
  auto applied = store->migrate();
  add_reference_data(*store);
  for (const auto& name : applied) std::cout << "применена миграция " << name << "\n";
  std::cout << "версия схемы " << store->schema_version() << (applied.empty() ? " (изменений нет)" : "") << "\n";
  return 0;
}

}  // namespace nok::cli
