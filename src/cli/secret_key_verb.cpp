#include <iostream>

#include "cli/common.h"
#include "cli/verbs.h"
#include "core/crypto.h"

namespace nok::cli {

int secret_key(int argc, char** argv) {
  po::options_description options("secret-key");
  int exit_code = 0;
  if (!parse(argc, argv, options, "nok secret-key   (prints a new key for NOK_SECRET_KEY)", exit_code))
    return exit_code;
  std::cout << SecretKey::generate().to_base64() << "\n";
  return 0;
}

}  // namespace nok::cli
