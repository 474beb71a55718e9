// `nok api-token add|revoke`: read-only API tokens of the monitoring from the command line,
// as an administrator issues them at /admin/api-tokens (docs/operations.md). The token is
// printed once; only its keyed hash is stored, so the same server key must serve it.
#include <iostream>

#include "app/staff/api_tokens.h"
#include "cli/common.h"
#include "cli/secret_key.h"
#include "cli/verbs.h"

namespace nok::cli {
namespace {

constexpr const char* kUsage =
    "nok api-token add --name TEXT [--authority NAME] [--db URL]\n"
    "       nok api-token revoke ID [--db URL]";

int add(int argc, char** argv) {
  po::options_description options("api-token add");
  add_db_option(options);
  options.add_options()("name", po::value<std::string>()->required(), "who uses the token and what for")(
      "authority", po::value<std::string>()->default_value(""),
      "the authority whose monitoring it reads, as in the registry; omitted: every authority");
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code);
  if (!vm) return exit_code;
  auto stores = open_prepared_stores(*vm, 2);
  const SecretKey key = load_secret_key((*vm)["db"].as<std::string>());
  auto issued = ApiTokens(stores->api_tokens, stores->staff, key)
                    .issue(0, (*vm)["name"].as<std::string>(), (*vm)["authority"].as<std::string>());
  if (!issued) {
    std::cerr << "ошибка: " << issued.error().message << "\n";
    return 1;
  }
  std::cerr << "токен " << issued->id << " выпущен; он показан один раз:\n";
  std::cout << issued->token << "\n";
  return 0;
}

int revoke(int argc, char** argv) {
  po::options_description options("api-token revoke");
  add_db_option(options);
  options.add_options()("id", po::value<std::int64_t>()->required(), "the token's id (as /admin/api-tokens lists it)");
  po::positional_options_description positional;
  positional.add("id", 1);
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code, positional);
  if (!vm) return exit_code;
  auto stores = open_prepared_stores(*vm, 2);
  const SecretKey key = load_secret_key((*vm)["db"].as<std::string>());
  const auto id = (*vm)["id"].as<std::int64_t>();
  if (auto done = ApiTokens(stores->api_tokens, stores->staff, key).revoke(0, id); !done) {
    std::cerr << "ошибка: " << done.error().message << "\n";
    return 1;
  }
  std::cout << "токен " << id << " отозван\n";
  return 0;
}

}  // namespace

int api_token(int argc, char** argv) {
  const std::string_view action = argc >= 2 ? argv[1] : "";
  if (action == "add") return add(argc - 1, argv + 1);
  if (action == "revoke") return revoke(argc - 1, argv + 1);
  const bool help = action == "--help" || action == "-h";
  (help ? std::cout : std::cerr) << "usage: " << kUsage << "\n";
  return help ? 0 : 2;
}

}  // namespace nok::cli
