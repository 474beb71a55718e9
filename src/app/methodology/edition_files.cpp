#include "app/methodology/edition_files.h"

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
  if (read.methodology) out.id = read.methodology->id, out.title = read.methodology->title;
  out.resolved = std::move(read.resolved);
  return out;
}

Result<AddedEdition> add_edition(EditionStore& store, EditionCatalog& catalog, std::string_view text,
                                 AuditEntry audit, Errors& faults) {
  auto checked = check_edition(text, [&](std::string_view id) { return catalog.text(id); });
  if (!checked.errors.empty()) {
    faults = std::move(checked.errors);
    return Error{"edition_invalid", "в файле издания есть ошибки", 0, ""};
  }
  if (checked.kind != EditionKind::methodology)
    return Error{"edition_not_methodology",
                 "добавить можно издание методики; анкеты поставляются вместе с программой", 0, ""};
  if (methodology::find_methodology(checked.id))
    return refusal(ErrorKind::conflict, "edition_shipped",
                   "издание «" + checked.id + "» поставляется с программой и не меняется: выберите другой идентификатор");
  StoredEdition edition{checked.id, checked.title, std::string(text), checked.resolved, content_digest(text), "", 0};
  audit.action = "methodology.add";
  audit.object_type = "methodology";
  audit.after_json = checked.resolved;
  auto added = store.add(edition, iso_utc_now(), std::move(audit));
  if (!added) return added.error();
  return AddedEdition{checked.id, *added};
}

}  // namespace nok
