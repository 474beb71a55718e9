// `nok operator add`: registers a survey operator, so that authorities can engage it in
// their cycles and its staff accounts can be made (`nok user add --role operator`).
#include <iostream>

#include "app/staff/operators.h"
#include "cli/common.h"
#include "cli/verbs.h"

namespace nok::cli {
namespace {

constexpr const char* kUsage = "nok operator add --name NAME --inn INN [--db URL]";

int add(int argc, char** argv) {
  po::options_description options("operator add");
  add_db_option(options);
  options.add_options()("name", po::value<std::string>()->required(), "the operator's name, e.g. ООО «Опрос»")(
      "inn", po::value<std::string>()->required(), "its ИНН (10 or 12 digits)");
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code);
  if (!vm) return exit_code;
  auto stores = open_prepared_stores(*vm, 2);
  auto id = register_operator(stores->staff, 0, (*vm)["name"].as<std::string>(), (*vm)["inn"].as<std::string>());
  if (!id) {
    std::cerr << "ошибка: " << id.error().message << "\n";
    return 1;
  }
  std::cout << "оператор «" << (*vm)["name"].as<std::string>() << "» зарегистрирован\n";
  return 0;
}

}  // namespace

int survey_operator(int argc, char** argv) { return run_add_action(argc, argv, kUsage, add); }

}  // namespace nok::cli
