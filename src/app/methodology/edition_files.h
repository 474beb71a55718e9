#pragma once
#include <string>
#include <string_view>

#include "app/methodology/edition_catalog.h"
#include "core/error.h"
#include "core/result.h"
#include "domain/editions/edition_header.h"
#include "domain/methodology/edition_file.h"
#include "store/edition_store.h"

namespace nok {

// What checking one edition file found: its kind, id and title, or every fault in it.
struct CheckedEdition {
  EditionKind kind = EditionKind::methodology;
  std::string id;
  std::string title;
  std::string resolved;  // a methodology edition with its base merged in (EditionStore keeps it)
  std::vector<std::string> questionnaires;  // the ids a methodology edition names
  Errors errors;
};

// Checks a methodology or questionnaire file (by its "format"); `others` resolves the base
// a methodology edition extends and the questionnaires it names.
CheckedEdition check_edition(std::string_view text, const methodology::EditionTexts& others);

struct AddedEdition {
  std::string id;
  EditionAdded outcome = EditionAdded::added;
};

// Adds a methodology edition or a questionnaire to the deployment after checking it (the
// base and the questionnaires a methodology names may be shipped or added before). Errors:
// every fault of the file (invalid, with lines); a shipped id (edition_shipped, conflict);
// and EditionStore::add's.
Result<AddedEdition> add_edition(EditionStore& store, EditionCatalog& catalog, std::string_view text,
                                 AuditEntry audit, Errors& faults);

}  // namespace nok
