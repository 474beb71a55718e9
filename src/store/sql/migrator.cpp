#include "store/sql/migrator.h"

#include <charconv>

#include "core/embedded.h"
#include "core/time.h"

namespace nok::migrations {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok::sql {
namespace {

constexpr std::int64_t kAdvisoryLock = 0x6e6f6b;  // "nok"

int number_of(std::string_view name) {
  int n = 0;
  std::from_chars(name.data(), name.data() + name.size(), n);
  return n;
}

bool applies_to(std::string_view name, Engine engine) {
  const bool for_sqlite = name.ends_with(".sqlite.sql");
  const bool for_postgres = name.ends_with(".postgres.sql");
  if (!for_sqlite && !for_postgres) return name.ends_with(".sql");
  return engine == Engine::sqlite ? for_sqlite : for_postgres;
}

}  // namespace

int schema_version(Connection& c) {
  int version = 0;
  c.script(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL, name TEXT PRIMARY KEY, "
      "applied_at TEXT NOT NULL)");
  c.run("SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations", {},
        [&](const Row& r) { version = static_cast<int>(r.i64("version")); });
  return version;
}

std::vector<std::string> migrate(Connection& c) {
  std::vector<std::string> applied;
  if (c.engine() == Engine::postgres) c.run("SELECT pg_advisory_lock($1)", {kAdvisoryLock});
  try {
    const int current = schema_version(c);
    for (const auto& file : migrations::files()) {
      const int number = number_of(file.name);
      if (number <= current || !applies_to(file.name, c.engine())) continue;
      Transaction tx(c);
      c.script(file.contents);
      const std::string name(file.name), now = iso_utc_now();
      c.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            {std::int64_t{number}, std::string_view(name), std::string_view(now)});
      tx.commit();
      applied.push_back(name);
    }
  } catch (...) {
    if (c.engine() == Engine::postgres && c.healthy()) c.run("SELECT pg_advisory_unlock($1)", {kAdvisoryLock});
    throw;
  }
  if (c.engine() == Engine::postgres) c.run("SELECT pg_advisory_unlock($1)", {kAdvisoryLock});
  return applied;
}

}  // namespace nok::sql
