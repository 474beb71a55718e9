#pragma once
#include "store/edition_store.h"
#include "store/sql/pool.h"

namespace nok::sql {

// The EditionStore in the SQL both engines accept, over the main store's pool (editions.cpp).
class SqlEditionStore final : public EditionStore {
 public:
  explicit SqlEditionStore(Pool& pool) : pool_(pool) {}

  Result<EditionAdded> add(const StoredEdition& edition, const std::string& now, AuditEntry audit) override;
  std::optional<StoredEdition> find(std::string_view id) override;
  std::vector<StoredEdition> list() override;

 private:
  Pool& pool_;
};

}  // namespace nok::sql
