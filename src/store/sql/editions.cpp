// Editions added to the deployment (methodologies and questionnaires): adding, replacing an
// unused one, reading.
#include "store/sql/audit_rows.h"
#include "store/sql/insert.h"
#include "store/sql/sql_edition_store.h"

namespace nok::sql {
namespace {

// The cycles opened with a methodology, or with a methodology that names a questionnaire.
constexpr std::string_view kUses =
    "(SELECT COUNT(*) FROM cycles c WHERE c.methodology = e.id OR c.methodology IN "
    "(SELECT q.methodology FROM edition_questionnaires q WHERE q.questionnaire = e.id)) AS cycles";

std::string_view kind_key(EditionKind kind) {
  return kind == EditionKind::questionnaire ? "questionnaire" : "methodology";
}

EditionKind kind_of(std::string_view key) {
  return key == kind_key(EditionKind::questionnaire) ? EditionKind::questionnaire : EditionKind::methodology;
}

std::string_view kind_name(EditionKind kind) {
  return kind == EditionKind::questionnaire ? "анкетой" : "изданием методики";
}

StoredEdition read_edition(const Row& r, bool with_text) {
  StoredEdition e;
  e.id = r.text("id");
  e.kind = kind_of(r.text("kind"));
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
  // The questionnaires are held shared until the commit, so none changes before the
  // methodology that was checked against it names it (their replacement locks for update).
  const std::string shared = c->engine() == Engine::postgres ? " FOR SHARE" : "";
  for (const auto& [id, checksum] : edition.questionnaires) {
    std::optional<std::string> now_stored;
    c->run("SELECT checksum FROM methodology_editions WHERE id = $1 AND kind = 'questionnaire'" + shared,
           {std::string_view(id)}, [&](const Row& r) { now_stored = r.text("checksum"); });
    if (now_stored != checksum)
      return refusal(ErrorKind::conflict, "edition_changed_meanwhile",
                     "анкета «" + id + "» изменилась, пока проверялось издание; повторите");
  }
  std::optional<std::string> stored;
  std::optional<EditionKind> stored_kind;
  c->run("SELECT checksum, kind FROM methodology_editions WHERE id = $1" + lock, {std::string_view(edition.id)},
         [&](const Row& r) {
           stored = r.text("checksum");
           stored_kind = kind_of(r.text("kind"));
         });
  if (stored_kind && *stored_kind != edition.kind)
    return refusal(ErrorKind::conflict, "edition_kind_taken",
                   "идентификатор «" + edition.id + "» уже занят " + std::string(kind_name(*stored_kind)) +
                       ": выберите другой");
  if (stored == edition.checksum) return EditionAdded::unchanged;
  EditionAdded outcome = EditionAdded::added;
  if (stored) {
    std::int64_t uses = 0, naming = 0;
    c->run("SELECT COUNT(*) AS n FROM cycles WHERE methodology = $1", {std::string_view(edition.id)},
           [&](const Row& r) { uses = r.i64("n"); });
    c->run("SELECT COUNT(*) AS n FROM edition_questionnaires WHERE questionnaire = $1", {std::string_view(edition.id)},
           [&](const Row& r) { naming = r.i64("n"); });
    if (uses > 0)
      return refusal(ErrorKind::conflict, "edition_in_use",
                     "издание «" + edition.id + "» уже применено в оценке (" + std::to_string(uses) +
                         "), его нельзя изменить: сохраните изменённое издание под новым идентификатором");
    if (naming > 0)
      return refusal(ErrorKind::conflict, "edition_in_use",
                     "анкету «" + edition.id + "» называют добавленные издания методики (" + std::to_string(naming) +
                         "), её нельзя изменить: сохраните изменённую анкету под новым идентификатором");
    c->run("DELETE FROM edition_questionnaires WHERE methodology = $1", {std::string_view(edition.id)});
    c->run("UPDATE methodology_editions SET title = $2, source = $3, definition = $4, checksum = $5, added_at = $6 "
           "WHERE id = $1",
           {std::string_view(edition.id), std::string_view(edition.title), std::string_view(edition.source),
            std::string_view(edition.definition), std::string_view(edition.checksum), std::string_view(now)});
    outcome = EditionAdded::replaced;
  } else {
    const auto inserted = Insert("methodology_editions")
                              .set("id", edition.id)
                              .set("kind", kind_key(edition.kind))
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
  for (const auto& named : edition.questionnaires)
    Insert("edition_questionnaires").set("methodology", edition.id).set("questionnaire", named.first).run(*c);
  audit.object_id = edition.id;
  append_audit(*c, audit);
  tx.commit();
  return outcome;
}

std::optional<StoredEdition> SqlEditionStore::find(std::string_view id) {
  std::optional<StoredEdition> out;
  auto c = pool_.acquire();
  c->run("SELECT e.id, e.kind, e.title, e.source, e.definition, e.checksum, e.added_at, " + std::string(kUses) +
             " FROM methodology_editions e WHERE e.id = $1",
         {id}, [&](const Row& r) { out = read_edition(r, true); });
  return out;
}

std::vector<StoredEdition> SqlEditionStore::list() {
  std::vector<StoredEdition> out;
  auto c = pool_.acquire();
  c->run("SELECT e.id, e.kind, e.title, e.checksum, e.added_at, " + std::string(kUses) +
             " FROM methodology_editions e ORDER BY e.id",
         {}, [&](const Row& r) { out.push_back(read_edition(r, false)); });
  return out;
}

}  // namespace nok::sql
