// Methodology editions added to the deployment: adding, replacing an unused one, reading.
#include "store/sql/audit_rows.h"
#include "store/sql/insert.h"
#include "store/sql/sql_edition_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kUses = "(SELECT COUNT(*) FROM cycles c WHERE c.methodology = e.id) AS cycles";

StoredEdition read_edition(const Row& r, bool with_text) {
  StoredEdition e;
  e.id = r.text("id");
  e.title = r.text("title");
  e.checksum = r.text("checksum");
  e.added_at = r.text("added_at");
  e.cycles = r.i64("cycles");
  if (with_text) {
    e.source = r.text("source");
    e.definition = r.text("definition");
  }
  return e;
}

}  // namespace

Result<EditionAdded> SqlEditionStore::add(const StoredEdition& edition, const std::string& now, AuditEntry audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  // The row lock orders this against a cycle being opened with the edition (create_cycle
  // takes it shared); SQLite's single writer orders them anyway.
  const std::string lock = c->engine() == Engine::postgres ? " FOR UPDATE" : "";
  std::optional<std::string> stored;
  c->run("SELECT checksum FROM methodology_editions WHERE id = $1" + lock, {std::string_view(edition.id)},
         [&](const Row& r) { stored = r.text("checksum"); });
  if (stored == edition.checksum) return EditionAdded::unchanged;
  EditionAdded outcome = EditionAdded::added;
  if (stored) {
    std::int64_t uses = 0;
    c->run("SELECT COUNT(*) AS n FROM cycles WHERE methodology = $1", {std::string_view(edition.id)},
           [&](const Row& r) { uses = r.i64("n"); });
    if (uses > 0)
      return refusal(ErrorKind::conflict, "edition_in_use",
                     "издание «" + edition.id + "» уже применено в оценке (" + std::to_string(uses) +
                         "), его нельзя изменить: сохраните изменённое издание под новым идентификатором");
    c->run("UPDATE methodology_editions SET title = $2, source = $3, definition = $4, checksum = $5, added_at = $6 "
           "WHERE id = $1",
           {std::string_view(edition.id), std::string_view(edition.title), std::string_view(edition.source),
            std::string_view(edition.definition), std::string_view(edition.checksum), std::string_view(now)});
    outcome = EditionAdded::replaced;
  } else {
    const auto inserted = Insert("methodology_editions")
                              .set("id", edition.id)
                              .set("title", edition.title)
                              .set("source", edition.source)
                              .set("definition", edition.definition)
                              .set("checksum", edition.checksum)
                              .set("added_at", now)
                              .then("ON CONFLICT (id) DO NOTHING")
                              .run(*c);
    if (inserted != 1)  // added by another process since the read: let the caller try again
      return refusal(ErrorKind::conflict, "edition_added_meanwhile",
                     "издание «" + edition.id + "» только что добавлено другим процессом; повторите");
  }
  audit.object_id = edition.id;
  append_audit(*c, audit);
  tx.commit();
  return outcome;
}

std::optional<StoredEdition> SqlEditionStore::find(std::string_view id) {
  std::optional<StoredEdition> out;
  auto c = pool_.acquire();
  c->run("SELECT e.id, e.title, e.source, e.definition, e.checksum, e.added_at, " + std::string(kUses) +
             " FROM methodology_editions e WHERE e.id = $1",
         {id}, [&](const Row& r) { out = read_edition(r, true); });
  return out;
}

std::vector<StoredEdition> SqlEditionStore::list() {
  std::vector<StoredEdition> out;
  auto c = pool_.acquire();
  c->run("SELECT e.id, e.title, e.checksum, e.added_at, " + std::string(kUses) +
             " FROM methodology_editions e ORDER BY e.id",
         {}, [&](const Row& r) { out.push_back(read_edition(r, false)); });
  return out;
}

}  // namespace nok::sql
