#include "cli/secret_key.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "cli/common.h"
#include "core/text.h"

namespace nok::cli {
namespace {

SecretKey parse(const std::string& text, const std::string& where) {
  auto key = SecretKey::from_base64(text::trim(text));
  if (!key) throw std::runtime_error(where + ": " + key.error().message);
  return *key;
}

}  // namespace

SecretKey load_secret_key(const std::string& db_url) {
  if (auto value = env_or("NOK_SECRET_KEY", ""); !value.empty()) return parse(value, "NOK_SECRET_KEY");
  std::string path = env_or("NOK_SECRET_KEY_FILE", "");
  if (path.empty()) {
    if (db_url.starts_with("postgres"))
      throw std::runtime_error(
          "для PostgreSQL задайте NOK_SECRET_KEY или NOK_SECRET_KEY_FILE — общий ключ всех процессов "
          "(создать: nok secret-key)");
    path = (db_url.starts_with("sqlite:") ? db_url.substr(7) : db_url) + ".key";
  }
  if (std::ifstream in(path); in) {
    std::stringstream text;
    text << in.rdbuf();
    return parse(text.str(), path);
  }
  auto key = SecretKey::generate();
  const mode_t previous = umask(077);  // the key file is readable by its owner only
  std::ofstream out(path);
  out << key.to_base64() << "\n";
  umask(previous);
  if (!out) throw std::runtime_error("не удалось записать ключ в «" + path + "»");
  return key;
}

}  // namespace nok::cli
