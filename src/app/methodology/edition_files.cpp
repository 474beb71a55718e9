#include "app/methodology/edition_files.h"

#include <algorithm>
#include <map>

#include "core/crypto.h"
#include "core/time.h"
#include "domain/survey/questionnaire_file.h"

namespace nok {

CheckedEdition check_edition(std::string_view text, const methodology::EditionTexts& others) {
  CheckedEdition out;
  JsonDocument doc(text);
  const auto kind = doc.ok() ? read_edition_kind(doc) : std::nullopt;
  if (!kind) {
    out.errors = doc.take_errors();
    return out;
  }
  out.kind = *kind;
  if (*kind == EditionKind::questionnaire) {
    auto read = survey::read_questionnaire(doc);
    out.errors = std::move(read.errors);
    if (read.questionnaire) out.id = read.questionnaire->id, out.title = read.questionnaire->title;
    return out;
  }
  auto read = methodology::read_methodology(text, others);
  out.errors = std::move(read.errors);
  if (read.methodology) {
    const auto& m = *read.methodology;
    out.id = m.id, out.title = m.title;
    out.questionnaires.push_back(m.default_questionnaire->id);
    for (const auto& [sphere, q] : m.sphere_questionnaires)
      if (std::find(out.questionnaires.begin(), out.questionnaires.end(), q->id) == out.questionnaires.end())
        out.questionnaires.push_back(q->id);
  }
  out.resolved = std::move(read.resolved);
  return out;
}

namespace {

bool shipped(std::string_view id) { return methodology::find_methodology(id) || survey::find_questionnaire(id); }

}  // namespace

Result<AddedEdition> add_edition(EditionStore& store, EditionCatalog& catalog, std::string_view text,
                                 AuditEntry audit, Errors& faults) {
  // The added texts the check read, so the store can tell whether one changed since: a
  // questionnaire's definition is the file as added, so this digest is its stored checksum.
  std::map<std::string, std::string, std::less<>> read_digests;
  auto checked = check_edition(text, [&](std::string_view id) {
    auto found = catalog.text(id);
    if (found && !shipped(id)) read_digests.insert_or_assign(std::string(id), content_digest(*found));
    return found;
  });
  if (!checked.errors.empty()) {
    faults = std::move(checked.errors);
    return Error{"edition_invalid", "в файле издания есть ошибки", 0, ""};
  }
  if (shipped(checked.id))
    return refusal(ErrorKind::conflict, "edition_shipped",
                   "издание «" + checked.id + "» поставляется с программой и не меняется: выберите другой идентификатор");
  const bool is_questionnaire = checked.kind == EditionKind::questionnaire;
  StoredEdition edition;
  edition.id = checked.id;
  edition.kind = checked.kind;
  edition.title = checked.title;
  edition.source = std::string(text);
  edition.definition = is_questionnaire ? std::string(text) : checked.resolved;
  edition.checksum = content_digest(text);
  for (const auto& id : checked.questionnaires)
    if (auto digest = read_digests.find(id); digest != read_digests.end()) edition.questionnaires.emplace_back(id, digest->second);
  audit.action = is_questionnaire ? "questionnaire.add" : "methodology.add";
  audit.object_type = is_questionnaire ? "questionnaire" : "methodology";
  audit.after_json = edition.definition;
  auto added = store.add(edition, iso_utc_now(), std::move(audit));
  if (!added) return added.error();
  return AddedEdition{checked.id, *added};
}

}  // namespace nok
