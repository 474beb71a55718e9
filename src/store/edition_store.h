#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/staff_store.h"

namespace nok {

// A methodology edition added to this deployment (docs/editions.md); the shipped ones are
// in the binary and never stored.
struct StoredEdition {
  std::string id;
  std::string title;
  std::string source;      // the file as it was added
  std::string definition;  // self-contained JSON: the edition with its base merged in
  std::string checksum;    // content_digest of `source`
  std::string added_at;    // filled when reading
  std::int64_t cycles = 0;  // filled when reading: the cycles that use it
};

enum class EditionAdded { added, unchanged, replaced };

// The added editions. Implemented in SQL over the main store's pool (store/sql/editions.cpp).
class EditionStore {
 public:
  virtual ~EditionStore() = default;

  // Stores `edition` at `now`, with `audit` in the same transaction. An id stored with the
  // same checksum is left as it is (unchanged, no audit). Another text under a stored id
  // replaces it only while no cycle uses that id; otherwise the error edition_in_use
  // (conflict) and nothing changes: an edition a cycle was opened with never changes.
  virtual Result<EditionAdded> add(const StoredEdition& edition, const std::string& now, AuditEntry audit) = 0;
  // The edition `id` with its use count; nullopt when it was never added.
  virtual std::optional<StoredEdition> find(std::string_view id) = 0;
  // Every added edition by id, without `source` and `definition`.
  virtual std::vector<StoredEdition> list() = 0;
};

}  // namespace nok
