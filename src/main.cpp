// `nok VERB [flags]`: the one binary of the platform. See `nok --help`.
#include <sodium.h>

#include <iostream>
#include <string_view>

#include "cli/verbs.h"
#include "store/sql/connection.h"

namespace {

void usage(std::ostream& out) {
  out << "usage: nok VERB [flags]   (nok VERB --help for a verb's flags)\n\nverbs:\n";
  for (const auto& v : nok::cli::verbs()) {
    std::string name(v.name);
    name.resize(14, ' ');
    out << "  " << name << v.summary << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) {
    std::cerr << "ошибка: не удалось инициализировать libsodium\n";
    return 1;
  }
  if (argc < 2) {
    usage(std::cerr);
    return 2;
  }
  const std::string_view verb = argv[1];
  if (verb == "--help" || verb == "-h" || verb == "help") {
    usage(std::cout);
    return 0;
  }
  for (const auto& v : nok::cli::verbs()) {
    if (v.name != verb) continue;
    try {
      return v.run(argc - 1, argv + 1);
    } catch (const nok::sql::DatabaseError& e) {
      std::cerr << "ошибка базы данных: " << e.what() << "\n";
      return 3;
    } catch (const std::exception& e) {
      std::cerr << "ошибка: " << e.what() << "\n";
      return 1;
    }
  }
  std::cerr << "неизвестная команда «" << verb << "»\n";
  usage(std::cerr);
  return 2;
}
