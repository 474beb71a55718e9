// `nok user add`: creates a staff account and prints the one-time link that sets its
// password, or sets the password read from stdin (for scripts and the first administrator).
#include <iostream>
#include <string>

#include "app/staff/accounts.h"
#include "app/staff/passwords.h"
#include "app/staff/policy.h"
#include "cli/secret_key.h"
#include "cli/common.h"
#include "cli/verbs.h"

namespace nok::cli {
namespace {

constexpr const char* kUsage =
    "nok user add --login L --role org_staff|operator|council|official|monitor|admin\n"
    "             [--org CODE | --authority NAME | --operator NAME] [--email E] [--password-stdin] [--db URL]";

int add(int argc, char** argv) {
  po::options_description options("user add");
  add_db_option(options);
  options.add_options()("login", po::value<std::string>()->required(), "login: Latin letters, digits, . _ - @")(
      "role", po::value<std::string>()->required(), "org_staff, operator, council, official, monitor or admin")(
      "org", po::value<std::string>()->default_value(""), "the organisation's code (org_staff)")(
      "authority", po::value<std::string>()->default_value(""), "the authority's name as in the registry (council, official)")(
      "operator", po::value<std::string>()->default_value(""), "the operator's name (operator)")(
      "email", po::value<std::string>()->default_value(""), "address for password resets")(
      "password-stdin", po::bool_switch(), "read the password from the first line of stdin instead of printing a link");
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code);
  if (!vm) return exit_code;

  auto stores = open_prepared_stores(*vm, 2);
  const SecretKey key = load_secret_key((*vm)["db"].as<std::string>());
  const StaffPolicy policy;  // StaffAccounts keeps a reference to it
  StaffAccounts accounts(stores->staff, nullptr, key, policy,
                         public_url_from_env());
  const AccountRequest request{(*vm)["login"].as<std::string>(),    (*vm)["role"].as<std::string>(),
                               (*vm)["org"].as<std::string>(),      (*vm)["authority"].as<std::string>(),
                               (*vm)["operator"].as<std::string>(), (*vm)["email"].as<std::string>()};
  // The password is checked before the account exists, so a refused one leaves nothing behind.
  std::optional<std::string> password;
  if ((*vm)["password-stdin"].as<bool>()) {
    std::getline(std::cin, password.emplace());
    if (auto ok = check_new_password(*password, *password, request.login); !ok) {
      std::cerr << "ошибка: " << ok.error().message << "\n";
      return 1;
    }
  }
  auto link = accounts.create(request, 0);
  if (!link) {
    std::cerr << "ошибка: " << link.error().message << "\n";
    return 1;
  }
  if (password) {
    if (auto set = accounts.set_password_directly(link->user_id, *password); !set) {
      std::cerr << "учётная запись создана, но пароль не задан: " << set.error().message
                << "\nзадайте его по ссылке (действует сутки, один раз):\n"
                << link->url << "\n";
      return 1;
    }
    std::cout << "учётная запись «" << request.login << "» создана, пароль задан\n";
    return 0;
  }
  std::cout << "учётная запись «" << request.login << "» создана; пароль задаётся по ссылке "
            << "(действует сутки, один раз):\n"
            << link->url << "\n";
  return 0;
}

}  // namespace

int user(int argc, char** argv) { return run_add_action(argc, argv, kUsage, add); }

}  // namespace nok::cli
