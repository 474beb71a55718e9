#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/editions/edition_header.h"
#include "store/staff_store.h"

namespace nok {

// An edition added to this deployment (docs/editions.md): a methodology or a questionnaire.
// The shipped ones are in the binary and never stored. Ids are unique across both kinds.
struct StoredEdition {
  std::string id;
  EditionKind kind = EditionKind::methodology;
  std::string title;
  std::string source;      // the file as it was added
  std::string definition;  // self-contained JSON: a methodology with its base merged in; a questionnaire as added
  std::string checksum;    // content_digest of `source`
  // A methodology's added questionnaires, each with the checksum of the text it was checked
  // against (shipped ones are not listed). Only when adding.
  std::vector<std::pair<std::string, std::string>> questionnaires;
  std::string added_at;     // filled when reading
  std::int64_t cycles = 0;  // filled when reading: the cycles that use it (a questionnaire: through a methodology)
};

enum class EditionAdded { added, unchanged, replaced };

// The added editions. Implemented in SQL over the main store's pool (store/sql/editions.cpp).
class EditionStore {
 public:
  virtual ~EditionStore() = default;

  // Stores `edition` at `now`, with `audit` in the same transaction. An id stored with the
  // same checksum is left as it is (unchanged, no audit). Another text under a stored id
  // replaces it only while no cycle uses that methodology and no added methodology names
  // that questionnaire; otherwise the error edition_in_use (conflict) and nothing changes:
  // an edition a cycle was opened with, and every form it asks, never changes. Conflicts
  // too: an id taken by the other kind (edition_kind_taken); a questionnaire of
  // `edition.questionnaires` missing or changed since the check (edition_changed_meanwhile).
  virtual Result<EditionAdded> add(const StoredEdition& edition, const std::string& now, AuditEntry audit) = 0;
  // The edition `id` with its use count; nullopt when it was never added.
  virtual std::optional<StoredEdition> find(std::string_view id) = 0;
  // Every added edition by id, without `source` and `definition`.
  virtual std::vector<StoredEdition> list() = 0;
};

}  // namespace nok
