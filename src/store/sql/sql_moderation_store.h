#pragma once
#include "store/moderation_store.h"
#include "store/sql/pool.h"

namespace nok::sql {

// The ModerationStore in the SQL both engines accept, over the main store's pool (moderation.cpp).
class SqlModerationStore final : public ModerationStore {
 public:
  explicit SqlModerationStore(Pool& pool) : pool_(pool) {}

  std::vector<HeldReview> held_reviews(std::int64_t authority_id, int limit) override;
  std::vector<HeldResponse> held_responses(std::int64_t authority_id, int limit) override;
  bool decide_review(std::int64_t review_id, bool publish, std::int64_t authority_id, AuditEntry audit) override;
  bool decide_response(std::int64_t response_id, bool count, std::int64_t authority_id, AuditEntry audit) override;

 private:
  Pool& pool_;
};

}  // namespace nok::sql
