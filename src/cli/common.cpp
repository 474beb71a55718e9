#include "cli/common.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/registry/reference_data.h"
#include "net/http_post.h"
#include "print/target_url.h"

namespace nok::cli {

std::optional<po::variables_map> parse(int argc, char** argv, const po::options_description& options,
                                       const std::string& usage, int& exit_code,
                                       const po::positional_options_description& positional) {
  po::options_description all = options;
  all.add_options()("help,h", "show this help");
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    if (vm.count("help")) {  // before notify(), which would complain about required flags
      std::cout << "usage: " << usage << "\n\n" << all << "\n";
      exit_code = 0;
      return std::nullopt;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "ошибка в параметрах: " << e.what() << "\nсм. nok " << argv[0] << " --help\n";
    exit_code = 2;
    return std::nullopt;
  }
  return vm;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value && *value ? value : fallback;
}

std::string public_url_from_env() {
  const std::string given = env_or("NOK_PUBLIC_URL", "");
  if (given.empty()) return print::PrintConfig{}.public_url;
  auto url = print::parse_public_url(given);
  if (!url) throw std::invalid_argument(url.error().message);
  return *url;
}

ReviewPolicy review_policy_from_env() {
  const std::string path = env_or("NOK_ABUSE_ROOTS_FILE", "");
  if (path.empty()) return default_review_policy();
  const auto text = read_file(path);
  if (!text) throw std::invalid_argument("не удалось прочитать файл NOK_ABUSE_ROOTS_FILE «" + path + "»");
  return review_policy_from_text(*text);
}

int run_action(int argc, char** argv, const char* usage, std::string_view action, int (*run)(int argc, char** argv)) {
  const std::string_view given = argc >= 2 ? argv[1] : "";
  if (given == action) return run(argc - 1, argv + 1);
  const bool help = given == "--help" || given == "-h";
  (help ? std::cout : std::cerr) << "usage: " << usage << "\n";
  return help ? 0 : 2;
}

std::unique_ptr<Mailer> mailer_from_env() {
  return make_mailer({.smtp_url = env_or("NOK_SMTP_URL", ""),
                      .user = env_or("NOK_SMTP_USER", ""),
                      .password = env_or("NOK_SMTP_PASSWORD", ""),
                      .from = env_or("NOK_MAIL_FROM", "nok@localhost"),
                      .outbox_dir = env_or("NOK_MAIL_OUTBOX", "")});
}

std::unique_ptr<SmsSender> sms_sender_from_env() {
  SmsConfig config{.url = env_or("NOK_SMS_URL", ""),
                   .method = env_or("NOK_SMS_METHOD", "POST"),
                   .token = env_or("NOK_SMS_TOKEN", ""),
                   .outbox_dir = env_or("NOK_SMS_OUTBOX", "")};
  config.content_type = env_or("NOK_SMS_CONTENT_TYPE", config.content_type);
  config.body = env_or("NOK_SMS_BODY", config.body);
  if (!config.url.empty() && !net::url_is_safe(config.url))
    throw std::invalid_argument("NOK_SMS_URL должен начинаться с https:// (http:// допустим только для 127.0.0.1)");
  if (config.method != "POST" && config.method != "GET")
    throw std::invalid_argument("NOK_SMS_METHOD может быть только POST или GET");
  return make_sms_sender(config);
}

OidcConfig oidc_from_env(const std::string& public_url) {
  OidcConfig config{.issuer = env_or("NOK_OIDC_ISSUER", ""),
                    .authorize_url = env_or("NOK_OIDC_AUTHORIZE_URL", ""),
                    .token_url = env_or("NOK_OIDC_TOKEN_URL", ""),
                    .client_id = env_or("NOK_OIDC_CLIENT_ID", ""),
                    .client_secret = env_or("NOK_OIDC_CLIENT_SECRET", ""),
                    .scope = env_or("NOK_OIDC_SCOPE", "openid"),
                    .name = env_or("NOK_OIDC_NAME", ""),
                    .redirect_uri = public_url + "/login/oidc/callback"};
  if (!config.configured()) return config;
  if (config.authorize_url.empty() || config.token_url.empty() || config.client_id.empty() || config.name.empty())
    throw std::invalid_argument(
        "с NOK_OIDC_ISSUER нужны также NOK_OIDC_AUTHORIZE_URL, NOK_OIDC_TOKEN_URL, NOK_OIDC_CLIENT_ID и NOK_OIDC_NAME");
  // The ID token's signature is not checked because it comes over TLS from the token
  // endpoint (docs/security.md): a plain-http token endpoint would void that.
  if (!net::url_is_safe(config.token_url) || !net::url_is_safe(config.authorize_url))
    throw std::invalid_argument("адреса NOK_OIDC_* должны начинаться с https:// (http:// допустим только для 127.0.0.1)");
  return config;
}

void add_db_option(po::options_description& options) {
  options.add_options()("db", po::value<std::string>()->default_value(env_or("NOK_DB", "sqlite:nok.db")),
                        "database: sqlite:PATH or postgresql://user@host:port/db (env NOK_DB)");
}

void add_db_read_option(po::options_description& options) {
  options.add_options()("db-read", po::value<std::string>()->default_value(env_or("NOK_DB_READ", "")),
                        "a hot standby of a PostgreSQL --db for the public reads: postgresql://… (env NOK_DB_READ)");
}

std::unique_ptr<sql::SqlStores> open_prepared_stores(const po::variables_map& vm, std::size_t connections) {
  const std::string read_url = vm.count("db-read") ? vm["db-read"].as<std::string>() : "";
  auto stores = sql::open_stores(vm["db"].as<std::string>(), connections, read_url);
  stores->main->migrate();
  add_reference_data(*stores->main);
  return stores;
}

}  // namespace nok::cli
