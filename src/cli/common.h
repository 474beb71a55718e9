#pragma once
#include <boost/program_options.hpp>
#include <concepts>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "app/auth/oidc_config.h"
#include "app/feedback/review_policy.h"
#include "core/parse_number.h"
#include "mail/mailer.h"
#include "sms/sms_sender.h"
#include "store/sql/open_stores.h"

namespace nok::cli {

namespace po = boost::program_options;

// Parses a verb's flags; prints usage and returns nullopt on --help (exit 0) or on a
// bad flag (then `exit_code` is 2 and the error is printed in Russian).
std::optional<po::variables_map> parse(int argc, char** argv, const po::options_description& options,
                                       const std::string& usage, int& exit_code,
                                       const po::positional_options_description& positional = {});

// Adds --db (default: $NOK_DB, else sqlite:nok.db).
void add_db_option(po::options_description& options);
// Adds --db-read (default: $NOK_DB_READ, else none): a read replica of a PostgreSQL --db.
void add_db_read_option(po::options_description& options);

// Opens every store of the database named by --db (and its read replica, when the verb has
// --db-read and it is set) and brings its schema and reference data up to date. Throws
// sql::DatabaseError with a Russian message when it cannot.
std::unique_ptr<sql::SqlStores> open_prepared_stores(const po::variables_map& vm, std::size_t connections = 4);

// The whole file as bytes, or nullopt when it cannot be read.
std::optional<std::string> read_file(const std::string& path);

// An environment variable, or `fallback` when unset or empty.
std::string env_or(const char* name, const std::string& fallback);

// NOK_PUBLIC_URL as print::parse_public_url leaves it (the local default when unset).
// Throws std::invalid_argument with its Russian message when it cannot be printed in a QR
// code, so a server never starts with posters that lead nowhere.
std::string public_url_from_env();

// What holds a review for a moderator: the roots in the file named by NOK_ABUSE_ROOTS_FILE,
// else the built-in list. Throws std::invalid_argument when the named file cannot be read,
// rather than moderating with a list the deployment did not choose.
ReviewPolicy review_policy_from_env();

// An environment variable holding a whole number of at least `min`, or `fallback` when unset
// or empty. Throws std::invalid_argument with a Russian message naming the variable when it
// holds anything else, so a mistyped setting stops the command instead of being ignored.
template <std::integral T>
T env_number(const char* name, T fallback, T min) {
  const std::string text = env_or(name, "");
  if (text.empty()) return fallback;
  const auto value = text::parse_integer<T>(text);
  if (!value || *value < min)
    throw std::invalid_argument("значение " + std::string(name) + " «" + text + "» должно быть целым числом от " +
                                std::to_string(min));
  return *value;
}

// A verb with one action (`nok user add …`, `nok outbox send`): runs `run` for `action`,
// prints `usage` for --help (exit 0) and for anything else (exit 2).
int run_action(int argc, char** argv, const char* usage, std::string_view action, int (*run)(int argc, char** argv));
inline int run_add_action(int argc, char** argv, const char* usage, int (*add)(int argc, char** argv)) {
  return run_action(argc, argv, usage, "add", add);
}

// The mailer the environment configures (NOK_SMTP_URL, NOK_SMTP_USER, NOK_SMTP_PASSWORD,
// NOK_MAIL_FROM, NOK_MAIL_OUTBOX); nullptr when neither SMTP nor an outbox is set.
std::unique_ptr<Mailer> mailer_from_env();

// The SMS sender the environment configures (NOK_SMS_URL, NOK_SMS_METHOD, NOK_SMS_CONTENT_TYPE,
// NOK_SMS_BODY, NOK_SMS_TOKEN, NOK_SMS_OUTBOX); nullptr when neither a gateway nor an outbox
// is set. Throws std::invalid_argument with a Russian message for a gateway URL that is
// neither https:// nor on this machine.
std::unique_ptr<SmsSender> sms_sender_from_env();

// The identity provider the environment configures (NOK_OIDC_*; the redirect URI from
// `public_url`); not configured() when NOK_OIDC_ISSUER is unset. Throws
// std::invalid_argument with a Russian message for an incomplete or unsafe configuration.
OidcConfig oidc_from_env(const std::string& public_url);

}  // namespace nok::cli
