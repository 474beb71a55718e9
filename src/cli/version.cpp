#include <iostream>

#include "cli/common.h"
#include "cli/verbs.h"

namespace nok::cli {

int version(int argc, char** argv) {
  po::options_description options("version");
  int exit_code = 0;
  if (!parse(argc, argv, options, "nok version", exit_code)) return exit_code;
  std::cout << "nok " << NOK_VERSION << "\n";
  return 0;
}

}  // namespace nok::cli
