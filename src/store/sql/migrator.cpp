#include "store/sql/migrator.h"

#include <algorithm>
#include <map>

#include "core/crypto.h"
#include "core/parse_number.h"
#include "core/time.h"

namespace nok::migrations {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok::sql {
namespace {

constexpr std::int64_t kAdvisoryLock = 0x6e6f6b;  // "nok"

// "012_outbox.sql" → 12.
int number_of(std::string_view name) { return text::parse_integer<int>(name.substr(0, name.find('_'))).value_or(0); }

bool applies_to(std::string_view name, Engine engine) {
  const bool for_sqlite = name.ends_with(".sqlite.sql");
  const bool for_postgres = name.ends_with(".postgres.sql");
  if (!for_sqlite && !for_postgres) return name.ends_with(".sql");
  return engine == Engine::sqlite ? for_sqlite : for_postgres;
}

constexpr const char* kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL, name TEXT PRIMARY KEY, "
    "applied_at TEXT NOT NULL, checksum TEXT)";

void create_table(Connection& c) {
  c.script(kCreateTable);
  // Databases from before checksums were recorded have the table without the column.
  bool has_checksum = false;
  c.run(c.engine() == Engine::sqlite
            ? "SELECT name FROM pragma_table_info('schema_migrations') WHERE name = 'checksum'"
            : "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
              "AND table_name = 'schema_migrations' AND column_name = 'checksum'",
        {}, [&](const Row&) { has_checksum = true; });
  if (!has_checksum) c.script("ALTER TABLE schema_migrations ADD COLUMN checksum TEXT");
}

// The recorded migrations by name, with their checksums (empty when recorded without one).
std::map<std::string, std::string, std::less<>> recorded(Connection& c) {
  std::map<std::string, std::string, std::less<>> out;
  c.run("SELECT name, checksum FROM schema_migrations", {},
        [&](const Row& r) {
          out.emplace(std::string(r.text("name")), r.null("checksum") ? "" : std::string(r.text("checksum")));
        });
  return out;
}

std::vector<std::string> apply_missing(Connection& c, std::span<const EmbeddedFile> files) {
  create_table(c);
  const auto done = recorded(c);
  std::vector<const EmbeddedFile*> ordered;
  for (const auto& file : files)
    if (applies_to(file.name, c.engine())) ordered.push_back(&file);
  std::sort(ordered.begin(), ordered.end(), [](auto* a, auto* b) { return a->name < b->name; });

  // Every check before any change: a refused database is left as it was.
  for (const auto* file : ordered) {
    const auto found = done.find(file->name);
    if (found == done.end() || found->second.empty()) continue;
    if (found->second != content_digest(file->contents))
      throw DatabaseError("миграция " + std::string(file->name) +
                          " изменилась после того, как была применена к этой базе данных (контрольная сумма " +
                          found->second + "); изменённые миграции не применяются — верните файл и оформите "
                          "изменение новой миграцией. База данных не изменена");
  }
  std::vector<std::string> applied;
  for (const auto* file : ordered) {
    const std::string name(file->name), checksum = content_digest(file->contents);
    const auto found = done.find(name);
    if (found != done.end()) {
      if (found->second.empty())
        c.run("UPDATE schema_migrations SET checksum = $1 WHERE name = $2",
              {std::string_view(checksum), std::string_view(name)});
      continue;
    }
    Transaction tx(c);
    // Another process may have applied it since `done` was read (SQLite's lock is taken here).
    bool applied_meanwhile = false;
    c.run("SELECT name FROM schema_migrations WHERE name = $1", {std::string_view(name)},
          [&](const Row&) { applied_meanwhile = true; });
    if (applied_meanwhile) continue;
    c.script(file->contents);
    const std::string now = iso_utc_now();
    c.run("INSERT INTO schema_migrations (version, name, applied_at, checksum) VALUES ($1, $2, $3, $4)",
          {std::int64_t{number_of(name)}, std::string_view(name), std::string_view(now), std::string_view(checksum)});
    tx.commit();
    applied.push_back(name);
  }
  return applied;
}

}  // namespace

int schema_version(Connection& c) {
  int version = 0;
  c.script(kCreateTable);
  c.run("SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations", {},
        [&](const Row& r) { version = static_cast<int>(r.i64("version")); });
  return version;
}

std::vector<std::string> migrate(Connection& c) { return migrate(c, migrations::files()); }

std::vector<std::string> migrate(Connection& c, std::span<const EmbeddedFile> files) {
  if (c.engine() == Engine::postgres) c.run("SELECT pg_advisory_lock($1)", {kAdvisoryLock});
  try {
    auto applied = apply_missing(c, files);
    if (c.engine() == Engine::postgres) c.run("SELECT pg_advisory_unlock($1)", {kAdvisoryLock});
    return applied;
  } catch (...) {
    if (c.engine() == Engine::postgres && c.healthy()) c.run("SELECT pg_advisory_unlock($1)", {kAdvisoryLock});
    throw;
  }
}

}  // namespace nok::sql
