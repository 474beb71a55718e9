#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "store/staff_store.h"

namespace nok {

// A review held by the screening (personal data, abuse) until a moderator decides.
struct HeldReview {
  std::int64_t id = 0;
  std::string org_code, org_name;
  std::string text;
  std::string reason;  // moderation reason code (feedback::explain_moderation)
  std::string created_at;
};

// A survey response held by the padding checks, not counted until a moderator clears it.
struct HeldResponse {
  std::int64_t id = 0;
  std::string org_code, org_name;
  std::string channel;
  std::string reason;  // mass_posting | network_burst | duplicate_text
  std::string suggestions;
  std::string received_at;
};

// The moderation queue: what is held, and the decisions that release it. Every
// decision appends its audit line in the same transaction; `authority_id` bounds both the
// queue and the decisions to one authority's organisations (0: all).
class ModerationStore {
 public:
  virtual ~ModerationStore() = default;
  virtual std::vector<HeldReview> held_reviews(std::int64_t authority_id, int limit) = 0;
  virtual std::vector<HeldResponse> held_responses(std::int64_t authority_id, int limit) = 0;
  // Publishes or rejects a held review; false when it is not held (decided already) or
  // outside the authority.
  virtual bool decide_review(std::int64_t review_id, bool publish, std::int64_t authority_id, AuditEntry audit) = 0;
  // Counts a held response — one voice: the citizen's counted response to the same
  // organisation in the cycle, if any, is replaced, and the tallies follow — or excludes
  // it for good. False when it is not held or outside the authority.
  virtual bool decide_response(std::int64_t response_id, bool count, std::int64_t authority_id, AuditEntry audit) = 0;
};

}  // namespace nok
