#pragma once
#include <string>

#include "core/crypto.h"

namespace nok::cli {

// The deployment's secret key: NOK_SECRET_KEY (base64), else the file NOK_SECRET_KEY_FILE,
// else for SQLite the file beside the database (DB.key), created on first use with mode
// 0600. PostgreSQL deployments run several processes that must share one key, so there
// it must be given. Throws std::runtime_error with a Russian message when it cannot.
SecretKey load_secret_key(const std::string& db_url);

}  // namespace nok::cli
